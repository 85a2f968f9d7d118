// name: path
// description: The shortest chains of people, organisations, areas and documents linking two people or areas (at most 8 links), each as captions from one end to the other.
// parameters: from (required) - a person's preferred name or an area's name; to (required) - another person or area
// columns: from, to, links, chain
// dialect: ladybug - LadybugDB spells shortest paths `* ALL SHORTEST`; path.neo4j.cypher is the Neo4j spelling.
// There is no SPARQL twin: SPARQL can test that a path exists but cannot return one.
MATCH (a:Person:Area), (b:Person:Area)
WHERE toLower(a.caption) = toLower($from) AND toLower(b.caption) = toLower($to)
MATCH p = (a)-[:INVOLVED_IN|ROLE_AT|IN_AREA* ALL SHORTEST 1..8]-(b)
RETURN DISTINCT a.caption AS `from`, b.caption AS `to`, length(p) AS links,
       list_to_string(' > ', list_transform(nodes(p), n -> n.caption)) AS chain
ORDER BY chain
