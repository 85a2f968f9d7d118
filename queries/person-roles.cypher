// name: person-roles
// description: Every person named in every document, one row per document, person and relation, with the role as written and the organisation.
// parameters: none
// columns: document, person, relation, role, organisation
// A list gathers the values of the involvements that have one: one involvement without a role (or
// an organisation) leaves the others' in the row.
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)
UNWIND CASE WHEN size(i.role) > 0 THEN i.role ELSE [''] END AS role
UNWIND CASE WHEN size(i.organisation) > 0 THEN i.organisation ELSE [''] END AS organisation
WITH d.file_name AS document, p.caption AS person, i.relation AS relation,
     CASE WHEN role = '' THEN null ELSE role END AS role,
     CASE WHEN organisation = '' THEN null ELSE organisation END AS organisation
RETURN document, person, relation, collect(DISTINCT role) AS role, collect(DISTINCT organisation) AS organisation
ORDER BY document, person, relation
