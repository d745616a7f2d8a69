// Offices of Mexican states: international affairs offices (OFAI), with their founding year, staff and place in the
// administration, and offices for their migrants (OFAM branches), LOCATED_IN the city at home or abroad they serve.
UNWIND $rows AS row
MATCH (state:Entity {id: row.state})
MERGE (o:Entity {id: row.id})
SET o.seed = $seed, o:Office,
    o.name = row.name,
    o.kind = row.kind,
    o.names = [row.name],
    o.founded = toInteger(row.founded),
    o.staff = toInteger(row.staff),
    o.attachedTo = row.attachedTo,
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (o)-[of:OFFICE_OF]->(state)
SET of.seed = $seed, of.source = row.source, of.sourceRef = row.sourceRef
WITH o, row
CALL (o, row) {
  WITH o, row WHERE row.city IS NOT NULL
  MATCH (city:Entity {id: row.city})
  SET o.names = [o.name + ' (' + city.name + ')']
  MERGE (o)-[at:LOCATED_IN]->(city)
  SET at.seed = $seed, at.source = row.source, at.sourceRef = row.sourceRef
}
