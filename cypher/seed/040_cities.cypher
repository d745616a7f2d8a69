// Local governments: every Mexican municipality and alcaldía (INEGI code), Mexico City itself, and every foreign
// city of the sister-city file that matched one GeoNames place. Coordinates, names and the elevation model (`dem`,
// metres) come from GeoNames; `borderKm` and `borderPlace` name the nearest GeoNames place of another country when
// one lies within 30 km (a border city).
UNWIND $rows AS row
MERGE (c:Entity {id: row.id})
SET c.seed = $seed, c:City,
    c.kind = row.kind,
    c.name = row.name,
    c.names = coalesce(split(row.names, '|'), []),
    c.country = row.country,
    c.inegiCode = row.inegiCode,
    c.geonamesId = toInteger(row.geonamesId),
    c.seat = row.seat,
    c.population = toInteger(row.population),
    c.populationYear = toInteger(row.populationYear),
    c.populationSource = row.populationSource,
    c.location = CASE WHEN row.latitude IS NULL THEN null
                 ELSE point({latitude: toFloat(row.latitude), longitude: toFloat(row.longitude)}) END,
    c.elevation = toInteger(row.elevation),
    c.dem = toInteger(row.dem),
    c.borderKm = toFloat(row.borderKm),
    c.borderPlace = row.borderPlace,
    c.timezone = row.timezone,
    c.capital = row.capital,
    c.sources = split(row.sources, '|'),
    c.sourceRefs = split(row.sourceRefs, '|')
WITH c, row
MATCH (country:Entity {id: row.country})
MERGE (c)-[inCountry:IN_COUNTRY]->(country)
SET inCountry.seed = $seed, inCountry.source = c.sources[0], inCountry.sourceRef = c.sourceRefs[0]
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.region IS NOT NULL
  MATCH (region:Entity {id: row.region})
  MERGE (c)-[inRegion:IN_REGION]->(region)
  SET inRegion.seed = $seed, inRegion.source = c.sources[0], inRegion.sourceRef = c.sourceRefs[0]
}
CALL (c, row) {
  WITH c, row WHERE row.partOf IS NOT NULL
  MATCH (whole:Entity {id: row.partOf})
  MERGE (c)-[partOf:PART_OF]->(whole)
  SET partOf.seed = $seed, partOf.source = c.sources[0], partOf.sourceRef = c.sourceRefs[0]
}
