// Every domain node (country, region, city, network, organization, agreement, ...) carries the label Entity
// and a stable, prefixed id such as "MX", "MX-14", "inegi:14039" or "geonames:3530597".
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Sources (a dataset, a document and line, a URL) are shared by the facts they back.
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
