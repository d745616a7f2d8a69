// Offices of Mexican states for their migrants (OFAM branches), at home and abroad: OFFICE_OF the state, LOCATED_IN
// the city where they serve.
UNWIND $rows AS row
MATCH (state:Entity {id: row.state}), (city:Entity {id: row.city})
MERGE (o:Entity {id: row.id})
SET o.seed = $seed, o:Office,
    o.name = row.name,
    o.kind = row.kind,
    o.names = [row.name + ' (' + city.name + ')'],
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (o)-[of:OFFICE_OF]->(state)
SET of.seed = $seed, of.source = row.source, of.sourceRef = row.sourceRef
MERGE (o)-[at:LOCATED_IN]->(city)
SET at.seed = $seed, at.source = row.source, at.sourceRef = row.sourceRef
