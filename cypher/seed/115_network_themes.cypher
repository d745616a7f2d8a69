// What each network works on (climate and energy, culture and creative economy, migration and refugees...), each
// theme a topic, as a text describing the network states it (one relationship per source, side by side); a network
// no text describes has none.
UNWIND $rows AS row
MATCH (n:Entity {id: row.network}), (t:Entity {id: row.topic})
MERGE (n)-[r:HAS_THEME {source: row.source}]->(t)
SET r.seed = $seed, r.sourceRef = row.sourceRef
