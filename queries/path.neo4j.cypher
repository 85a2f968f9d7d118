// name: path
// description: The shortest chains of people, organisations, areas and documents linking two people or areas (at most 8 links), each as captions from one end to the other.
// parameters: from (required) - a person's preferred name or an area's name; to (required) - another person or area
// columns: from, to, links, chain
// dialect: neo4j - Neo4j spells shortest paths `allShortestPaths`; path.cypher is the LadybugDB spelling.
MATCH (a), (b)
WHERE (a:Person OR a:Area) AND (b:Person OR b:Area)
  AND toLower(a.caption) = toLower($from) AND toLower(b.caption) = toLower($to)
MATCH p = allShortestPaths((a)-[:INVOLVED_IN|ROLE_AT|IN_AREA*..8]-(b))
RETURN DISTINCT a.caption AS `from`, b.caption AS `to`, length(p) AS links,
       reduce(chain = '', n IN nodes(p) | chain + CASE WHEN chain = '' THEN '' ELSE ' > ' END + n.caption) AS chain
ORDER BY chain
