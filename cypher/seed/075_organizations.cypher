// International organizations, agencies, unions and NGOs that the documents name as partners of Mexican governments.
UNWIND $rows AS row
MERGE (o:Entity {id: row.id})
SET o.seed = $seed, o:Organization,
    o.name = row.name,
    o.nameEs = row.nameEs,
    o.names = coalesce(split(row.names, '|'), []) + [row.nameEs],
    o.kind = row.kind,
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
