// The Köppen–Geiger climate classes that the seed's cities fall in, with the legend's names in English and Spanish.
UNWIND $rows AS row
MERGE (z:ClimateZone {id: row.id})
SET z.seed = $seed, z.code = row.code,
    z.name = row.name,
    z.nameEs = row.nameEs,
    z.sources = [row.source],
    z.sourceRefs = [row.sourceRef]
