// name: person
// description: Everything about one person: their names and titles, and each document naming them with the relation, role and organisation; every fact with its document, date and quote.
// parameters: name (required) - the person's preferred name (as person-roles lists it)
// columns: person, fact, value, document, date, quote
// The person's own statements and those of their involvements (an organisation by its name).
MATCH (p:Person)
WHERE toLower(p.caption) = toLower($name)
OPTIONAL MATCH (p)-[i:INVOLVED_IN]->(:Document)
WITH p, collect(i.id) AS involvements
MATCH (s:Statement)
WHERE (s.entity = p.id OR s.entity IN involvements) AND s.property <> 'person' AND s.property <> 'document'
OPTIONAL MATCH (o:Organisation {id: s.value})
OPTIONAL MATCH (d:Document)
WHERE d.id = 'doc-' + s.document_id
RETURN DISTINCT p.caption AS person, s.property AS fact, coalesce(o.caption, s.value) AS value, coalesce(d.heading, s.document) AS document,
       coalesce(d.published, '') AS date, s.quote AS quote
ORDER BY date, document, fact, value
