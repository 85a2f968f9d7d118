// name: area-profile
// description: Everything known about one area over time: inspections, ratings, recommendations, metrics and people by role.
// parameters: area (required) - the area's name
// columns: area, date, kind, item, detail, document
// One part per kind of row, joined by UNION: each part is ordered on its own (neither engine
// sorts a whole UNION without a subquery that LadybugDB lacks). An inspection's item is its
// type ('SQS', 'standards inspection'), else 'inspection'.
MATCH (n:Inspection)-[:IN_AREA]->(a:Area)
WHERE toLower(a.caption) = toLower($area)
OPTIONAL MATCH (n)-[:REPORTED_IN]->(d:Document)
UNWIND CASE WHEN size(n.published) > 0 THEN n.published ELSE [''] END AS published
UNWIND CASE WHEN size(n.fieldwork_start) > 0 THEN n.fieldwork_start ELSE [''] END AS fieldwork
UNWIND CASE WHEN size(n.cases_examined) > 0 THEN n.cases_examined ELSE [''] END AS cases
WITH a, n, d, CASE WHEN published <> '' THEN published ELSE fieldwork END AS date, cases
RETURN DISTINCT a.caption AS area, date, 'inspection' AS kind, coalesce(n.inspection_type, 'inspection') AS item,
       CASE WHEN cases <> '' THEN cases + ' cases examined' ELSE '' END AS detail, coalesce(d.heading, d.file_name) AS document
ORDER BY date, kind, item
UNION
MATCH (r:Rating)-[:OF_INSPECTION]->(n:Inspection)-[:IN_AREA]->(a:Area)
WHERE toLower(a.caption) = toLower($area)
OPTIONAL MATCH (n)-[:REPORTED_IN]->(d:Document)
UNWIND CASE WHEN size(n.published) > 0 THEN n.published ELSE [''] END AS published
UNWIND CASE WHEN size(n.fieldwork_start) > 0 THEN n.fieldwork_start ELSE [''] END AS fieldwork
UNWIND CASE WHEN size(r.rating) > 0 THEN r.rating ELSE [''] END AS ratingText
UNWIND CASE WHEN size(r.percent) > 0 THEN r.percent ELSE [''] END AS percent
RETURN DISTINCT a.caption AS area, CASE WHEN published <> '' THEN published ELSE fieldwork END AS date,
       'rating' AS kind, r.scope AS item,
       CASE WHEN ratingText <> '' THEN ratingText ELSE percent + '%' END AS detail, coalesce(d.heading, d.file_name) AS document
ORDER BY date, kind, item
UNION
MATCH (r:Recommendation)-[:OF_INSPECTION]->(n:Inspection)-[:IN_AREA]->(a:Area)
WHERE toLower(a.caption) = toLower($area)
OPTIONAL MATCH (n)-[:REPORTED_IN]->(d:Document)
UNWIND CASE WHEN size(n.published) > 0 THEN n.published ELSE [''] END AS published
UNWIND CASE WHEN size(n.fieldwork_start) > 0 THEN n.fieldwork_start ELSE [''] END AS fieldwork
UNWIND CASE WHEN size(r.addressee) > 0 THEN r.addressee ELSE [''] END AS addressee
UNWIND r.text AS text
RETURN DISTINCT a.caption AS area, CASE WHEN published <> '' THEN published ELSE fieldwork END AS date,
       'recommendation' AS kind, addressee AS item, text AS detail, coalesce(d.heading, d.file_name) AS document
ORDER BY date, kind, item
UNION
MATCH (o:Observation)-[:OF_INSPECTION]->(n:Inspection)-[:IN_AREA]->(a:Area)
WHERE toLower(a.caption) = toLower($area)
OPTIONAL MATCH (n)-[:REPORTED_IN]->(d:Document)
UNWIND CASE WHEN size(n.published) > 0 THEN n.published ELSE [''] END AS published
UNWIND CASE WHEN size(n.fieldwork_start) > 0 THEN n.fieldwork_start ELSE [''] END AS fieldwork
UNWIND o.metric AS metric
UNWIND o.value AS value
UNWIND CASE WHEN size(o.comparator_value) > 0 THEN o.comparator_value ELSE [''] END AS comparator
RETURN DISTINCT a.caption AS area, CASE WHEN published <> '' THEN published ELSE fieldwork END AS date,
       'metric' AS kind, metric AS item,
       value + CASE WHEN comparator <> '' THEN ' (comparator ' + comparator + ')' ELSE '' END AS detail,
       coalesce(d.heading, d.file_name) AS document
ORDER BY date, kind, item
UNION
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)-[:IN_AREA]->(a:Area)
WHERE toLower(a.caption) = toLower($area)
UNWIND CASE WHEN size(i.role) > 0 THEN i.role ELSE [''] END AS role
RETURN DISTINCT a.caption AS area, coalesce(d.published, '') AS date, 'person' AS kind, p.caption AS item,
       i.relation + CASE WHEN role <> '' THEN ': ' + role ELSE '' END AS detail, coalesce(d.heading, d.file_name) AS document
ORDER BY date, kind, item
