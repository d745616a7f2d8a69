// Network memberships, one relationship per city, network and source, so that sources stand side by side:
// `since` is the joining year a document states, `observed` the year a member list shows the city in it.
UNWIND $rows AS row
MATCH (c:Entity {id: row.city}), (n:Entity {id: row.network})
MERGE (c)-[m:MEMBER_OF {source: row.source}]->(n)
SET m.seed = $seed, m.since = toInteger(row.since),
    m.observed = toInteger(row.observed),
    m.role = row.role,
    m.category = row.category,
    m.sourceRef = row.sourceRef
