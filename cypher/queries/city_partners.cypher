// A city's partners: its sister cities and the counterparts of its agreements, each with the source that states it.
// Guadalajara unless another city is given: java -jar vinculos.jar cypher city_partners.cypher --param "city => 'inegi:19039'"
:param city => 'inegi:14039'

MATCH (c:City {id: $city})-[l:SISTER_CITY]-(p:City)
RETURN p.name AS partner, p.country AS country, l.since AS since, l.source AS source, l.sourceRef AS sourceRef
ORDER BY p.population DESC;

MATCH (c:City {id: $city})<-[:PARTY]-(a:Agreement)-[:PARTY]->(other)
WHERE other <> c
RETURN a.title AS agreement, other.name AS counterpart, a.sources AS sources;
