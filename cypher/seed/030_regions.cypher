// First-level divisions: the 32 Mexican states with their INEGI codes, and the foreign divisions (GeoNames admin1)
// that hold a city of the seed.
UNWIND $rows AS row
MERGE (r:Entity {id: row.id})
SET r.seed = $seed, r:Region,
    r.country = row.country,
    r.name = row.name,
    r.names = coalesce(split(row.names, '|'), []),
    r.code = row.code,
    r.abbreviation = row.abbreviation,
    r.sources = [row.source],
    r.sourceRefs = [row.sourceRef]
WITH r, row
MATCH (c:Entity {id: row.country})
MERGE (r)-[l:IN_COUNTRY]->(c)
SET l.seed = $seed, l.source = row.source, l.sourceRef = row.sourceRef
