// name: person-roles
// description: Every person named in every document, one row per document, person and relation, with the role as written and the organisation.
// parameters: none
// columns: document, person, relation, role, organisation
// As SPARQL's GROUP_CONCAT over an OPTIONAL does, a group in which one involvement has no role
// (or no organisation) shows none: the count of values must equal the count of rows.
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)
UNWIND CASE WHEN size(i.role) > 0 THEN i.role ELSE [''] END AS role
UNWIND CASE WHEN size(i.organisation) > 0 THEN i.organisation ELSE [''] END AS organisation
WITH d.file_name AS document, p.caption AS person, i.relation AS relation,
     CASE WHEN role = '' THEN null ELSE role END AS role,
     CASE WHEN organisation = '' THEN null ELSE organisation END AS organisation
WITH document, person, relation, count(*) AS rows,
     count(role) AS withRole, collect(DISTINCT role) AS roles,
     count(organisation) AS withOrganisation, collect(DISTINCT organisation) AS organisations
RETURN document, person, relation,
       CASE WHEN withRole = rows THEN roles END AS role,
       CASE WHEN withOrganisation = rows THEN organisations END AS organisation
ORDER BY document, person, relation
