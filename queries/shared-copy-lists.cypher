// name: shared-copy-lists
// description: People, and posts as written, on the copy lists or addressee lines of documents about more than one area.
// parameters: none
// columns: kind, holder, areas, area_names, documents
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)-[:IN_AREA]->(a:Area)
WHERE i.relation IN ['copy_to', 'addressee']
WITH 'person' AS kind, p.caption AS holder, count(DISTINCT a.id) AS areas, collect(DISTINCT a.caption) AS area_names,
     collect(DISTINCT coalesce(d.heading, d.file_name)) AS documents
WHERE areas > 1
RETURN kind, holder, areas, area_names, documents
ORDER BY areas DESC, kind, holder
UNION
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)-[:IN_AREA]->(a:Area)
WHERE i.relation IN ['copy_to', 'addressee']
UNWIND i.role AS holder
WITH 'post' AS kind, holder, count(DISTINCT a.id) AS areas, collect(DISTINCT a.caption) AS area_names,
     collect(DISTINCT coalesce(d.heading, d.file_name)) AS documents
WHERE areas > 1
RETURN kind, holder, areas, area_names, documents
ORDER BY areas DESC, kind, holder
