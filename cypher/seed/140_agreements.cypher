// Agreements that the documents state: each an Agreement node with its PARTY relationships (the Mexican government
// and its counterparts, several where `counterpart` lists them with '|') and the topics it COVERS. Dates and status
// are left out where the documents do not give them.
UNWIND $rows AS row
MATCH (mexican:Entity {id: row.mexicanParty})
MERGE (a:Entity {id: row.id})
SET a.seed = $seed, a:Agreement,
    a.title = row.title,
    a.name = row.title,
    a.names = [row.title],
    a.kind = row.kind,
    a.level = row.level,
    a.counterpartType = row.counterpartType,
    a.counterpartCountry = row.counterpartCountry,
    a.sources = [row.source],
    a.sourceRefs = [row.sourceRef]
MERGE (a)-[m:PARTY {role: 'mexican'}]->(mexican)
SET m.seed = $seed, m.source = row.source, m.sourceRef = row.sourceRef
WITH a, row
CALL (a, row) {
  UNWIND split(row.counterpart, '|') AS counterpartId
  MATCH (counterpart:Entity {id: counterpartId})
  MERGE (a)-[c:PARTY {role: 'counterpart'}]->(counterpart)
  SET c.seed = $seed, c.source = row.source, c.sourceRef = row.sourceRef
}
WITH a, row
UNWIND coalesce(split(row.topics, '|'), []) AS topicId
MATCH (topic:Entity {id: topicId})
MERGE (a)-[covers:COVERS]->(topic)
SET covers.seed = $seed, covers.source = row.source, covers.sourceRef = row.sourceRef
