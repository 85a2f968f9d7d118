// name: recommendations
// description: Every recommendation with its number, whom it is addressed to (as written) and its themes.
// parameters: area (optional) - only this area; theme (optional) - only this theme id (e.g. education)
// columns: area, inspection, number, addressee, themes, text
MATCH (r:Recommendation)-[:OF_INSPECTION]->(n:Inspection)-[:IN_AREA]->(a:Area)
WHERE ($area = '' OR toLower(a.caption) = toLower($area)) AND ($theme = '' OR $theme IN r.theme)
UNWIND r.text AS text
UNWIND CASE WHEN size(r.number) > 0 THEN r.number ELSE [''] END AS number
UNWIND CASE WHEN size(r.addressee) > 0 THEN r.addressee ELSE [''] END AS addressee
// one row per inspection and recommendation as read: a recommendation restated in a second report
// of the same inspection is the same row
WITH DISTINCT a.caption AS area, n.id AS inspectionId, coalesce(n.inspection_type, 'inspection') AS inspection,
     number, addressee, r.theme AS themes, text
RETURN area, inspection, number, addressee, themes, text
ORDER BY area, inspection, number
