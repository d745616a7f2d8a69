// Cooperation projects that the documents state: LED_BY a Mexican government, with a PARTNER (a foreign region or a
// country's programme), FUNDED_BY an agency where named, and the topics they COVER.
UNWIND $rows AS row
MATCH (lead:Entity {id: row.lead})
MERGE (p:Entity {id: row.id})
SET p.seed = $seed, p:Project,
    p.name = row.name,
    p.names = [row.name],
    p.program = row.program,
    p.period = row.period,
    p.sources = [row.source],
    p.sourceRefs = [row.sourceRef]
MERGE (p)-[l:LED_BY]->(lead)
SET l.seed = $seed, l.source = row.source, l.sourceRef = row.sourceRef
WITH p, row
CALL (p, row) {
  WITH p, row WHERE row.partner IS NOT NULL
  MATCH (partner:Entity {id: row.partner})
  MERGE (p)-[r:PARTNER]->(partner)
  SET r.seed = $seed, r.source = row.source, r.sourceRef = row.sourceRef
}
CALL (p, row) {
  WITH p, row WHERE row.funder IS NOT NULL
  MATCH (funder:Entity {id: row.funder})
  MERGE (p)-[f:FUNDED_BY]->(funder)
  SET f.seed = $seed, f.source = row.source, f.sourceRef = row.sourceRef
}
WITH p, row
UNWIND coalesce(split(row.topics, '|'), []) AS topicId
MATCH (topic:Entity {id: topicId})
MERGE (p)-[c:COVERS]->(topic)
SET c.seed = $seed, c.source = row.source, c.sourceRef = row.sourceRef
