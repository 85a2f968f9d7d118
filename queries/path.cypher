// name: path
// description: The shortest chains of people, organisations, areas and documents linking two people or areas (at most 8 links), each as captions from one end to the other.
// parameters: from (required) - a person's preferred name or an area's name; to (required) - another person or area
// columns: from, to, links, chain
// dialect: ladybug - LadybugDB spells shortest paths `* ALL SHORTEST`; path.neo4j.cypher is the Neo4j spelling.
// There is no SPARQL twin: SPARQL can test that a path exists but cannot return one.
MATCH (a:Person:Area), (b:Person:Area)
WHERE toLower(a.caption) = toLower($from) AND toLower(b.caption) = toLower($to)
// Only the nodes between the two ends are read, and only their captions: a path's own nodes(p)
// carries every property of every node table it crosses, and LadybugDB 0.22 crashes the process
// when one property name has different types in two tables (Area.name a string, Person.name a list).
MATCH (a)-[e:INVOLVED_IN|ROLE_AT|IN_AREA* ALL SHORTEST 1..8 (r, n | {}, {n.caption})]-(b)
RETURN DISTINCT a.caption AS `from`, b.caption AS `to`, length(e) AS links,
       list_to_string(' > ', list_concat(list_concat([a.caption], list_transform(nodes(e), n -> n.caption)),
                                         [b.caption])) AS chain
ORDER BY chain
