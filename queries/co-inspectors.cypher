// name: co-inspectors
// description: Pairs of people who worked on the same inspection (lead, deputy lead or team member of its report), with how many inspections and which.
// parameters: none
// columns: person, co_inspector, inspections, documents
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)<-[j:INVOLVED_IN]-(q:Person)
WHERE i.relation IN ['lead_inspector', 'deputy_lead_inspector', 'inspection_team']
  AND j.relation IN ['lead_inspector', 'deputy_lead_inspector', 'inspection_team']
  AND p.caption < q.caption
RETURN p.caption AS person, q.caption AS co_inspector, count(DISTINCT d.id) AS inspections,
       collect(DISTINCT coalesce(d.heading, d.file_name)) AS documents
ORDER BY inspections DESC, person, co_inspector
