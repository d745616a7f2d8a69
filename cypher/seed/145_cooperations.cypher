// Cooperation that the documents state without an agreement, with its topics.
UNWIND $rows AS row
MATCH (party:Entity {id: row.party}), (partner:Entity {id: row.partner})
MERGE (party)-[c:COOPERATES_WITH {source: row.source}]->(partner)
SET c.seed = $seed, c.topics = coalesce(split(row.topics, '|'), []), c.sourceRef = row.sourceRef
