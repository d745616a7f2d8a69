// A city by name and country (`city(name:, country:)`, the import files' city columns) is found through this index,
// not by folding the names of every city of the country: each of a city's names (`name` and the list `names`), case
// and accents folded as in `entity_names`. Neo4j keeps it current on every write, whoever makes it.
CREATE FULLTEXT INDEX city_names IF NOT EXISTS
FOR (c:City) ON EACH [c.name, c.names]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
