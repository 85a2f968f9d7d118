// name: inspector-areas
// description: Each inspector (lead, deputy lead or team member) with the areas and inspections they worked on, and when (the inspection's publication date, else the document's, else the fieldwork's start: a council paper's meeting is not the inspection's date).
// parameters: inspector (optional) - only this inspector's name
// columns: inspector, relation, area, inspection, date, document
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)
WHERE i.relation IN ['lead_inspector', 'deputy_lead_inspector', 'inspection_team']
  AND ($inspector = '' OR toLower(p.caption) = toLower($inspector))
OPTIONAL MATCH (d)-[:IN_AREA]->(a:Area)
OPTIONAL MATCH (n:Inspection)-[:REPORTED_IN]->(d)
UNWIND CASE WHEN size(n.published) > 0 THEN n.published ELSE [''] END AS inspectionPublished
UNWIND CASE WHEN size(n.fieldwork_start) > 0 THEN n.fieldwork_start ELSE [''] END AS fieldwork
WITH p.caption AS inspector, i.relation AS relation, a.caption AS area, coalesce(n.inspection_type, '') AS inspection,
     coalesce(d.heading, d.file_name) AS document,
     CASE WHEN inspectionPublished <> '' THEN inspectionPublished
          WHEN d.published IS NOT NULL THEN d.published
          WHEN fieldwork <> '' THEN fieldwork END AS date
RETURN inspector, relation, area, inspection, min(date) AS date, document
ORDER BY inspector, date, document
