// name: ratings
// description: The rating of each inspection overall and per domain, standard or theme, with the % yes of its key questions.
// parameters: area (optional) - only this area
// columns: area, inspection, date, scope, rating, score, percent_yes
MATCH (r:Rating)-[:OF_INSPECTION]->(n:Inspection)-[:IN_AREA]->(a:Area)
WHERE $area = '' OR toLower(a.caption) = toLower($area)
UNWIND CASE WHEN size(r.rating) > 0 THEN r.rating ELSE [''] END AS ratingText
UNWIND CASE WHEN size(r.percent) > 0 THEN r.percent ELSE [''] END AS percent
WITH r, n, a, ratingText AS rating, CASE WHEN percent <> '' THEN percent + '%' ELSE '' END AS score
UNWIND CASE WHEN size(n.published) > 0 THEN n.published ELSE [''] END AS published
UNWIND CASE WHEN size(n.fieldwork_start) > 0 THEN n.fieldwork_start ELSE [''] END AS fieldwork
WITH r, n, a, rating, score, CASE WHEN published <> '' THEN published ELSE fieldwork END AS date
OPTIONAL MATCH (q:KeyQuestion)-[:PART_OF_RATING]->(r)
UNWIND CASE WHEN size(q.percent_yes) > 0 THEN q.percent_yes ELSE [''] END AS yes
WITH a, n, r, rating, score, date, CASE WHEN yes <> '' THEN q.code + ' = ' + yes + '%' END AS keyQuestion
WITH a.caption AS area, n.id AS inspectionId, r.scope AS scope, rating, score,
     min(coalesce(n.inspection_type, 'inspection')) AS inspection, min(date) AS date,
     collect(DISTINCT keyQuestion) AS percent_yes
RETURN area, inspection, date, scope, rating, score, percent_yes
ORDER BY area, date, scope
