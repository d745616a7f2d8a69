// The Natural Earth airports (with IATA code and type) and seaports that serve at least one city of the seed.
UNWIND $rows AS row
MERGE (f:Facility {id: row.id})
SET f.seed = $seed, f:$(CASE row.kind WHEN 'airport' THEN 'Airport' ELSE 'Seaport' END),
    f.kind = row.kind,
    f.name = row.name,
    f.iataCode = row.iataCode,
    f.type = row.type,
    f.location = point({latitude: toFloat(row.latitude), longitude: toFloat(row.longitude)}),
    f.sources = [row.source],
    f.sourceRefs = [row.sourceRef]
