// name: recurring-themes
// description: Themes of recommendations and findings raised in more than one area, most widespread first.
// parameters: none
// columns: theme, areas, recommendations, findings
// Recommendations and findings are told apart by their ids ('recommendation-...', 'finding-...'):
// a label test is spelt differently in LadybugDB (label) and Neo4j (labels).
MATCH (x)-[:OF_INSPECTION]->(:Inspection)-[:IN_AREA]->(a:Area)
WHERE x.id STARTS WITH 'recommendation-' OR x.id STARTS WITH 'finding-'
UNWIND x.theme AS theme
WITH theme, a.id AS area, CASE WHEN x.id STARTS WITH 'recommendation-' THEN x.id END AS recommendation,
     CASE WHEN x.id STARTS WITH 'finding-' THEN x.id END AS finding
WITH theme, count(DISTINCT area) AS areas, count(DISTINCT recommendation) AS recommendations,
     count(DISTINCT finding) AS findings
WHERE areas > 1
RETURN theme, areas, recommendations, findings
ORDER BY areas DESC, recommendations DESC, theme
