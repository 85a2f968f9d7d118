// name: cross-area-people
// description: People who appear in documents about more than one area, with those areas, the documents and their relations.
// parameters: none
// columns: person, areas, documents, relations
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)-[:IN_AREA]->(a:Area)
WITH p, count(DISTINCT a.id) AS areaCount, collect(DISTINCT a.caption) AS areas,
     collect(DISTINCT coalesce(d.heading, d.file_name)) AS documents, collect(DISTINCT i.relation) AS relations
WHERE areaCount > 1
RETURN p.caption AS person, areas, documents, relations
ORDER BY areaCount DESC, person
