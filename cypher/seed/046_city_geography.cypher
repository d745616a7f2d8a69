// Each city's geography beyond GeoNames, every part with its source:
// - its Natural Earth populated place (matched by GeoNames id, else by the Wikidata id a member list gives, else in
//   Mexico by the municipality its GeoNames place lies in): Wikidata id and the world-city and megacity flags;
// - its Köppen–Geiger class: the 0.5 degree land cell it falls in, or the nearest land cell (`km` from the city);
// - the seaport within 25 km and the airport within 35 km that serve it (Natural Earth points);
// - `coastal`, only where two sources agree (see `coastalBasis`): true when a seaport is near and the climate grid
//   has sea next to the city's cell, false when every cell around is land and no seaport is near; else absent.
UNWIND $rows AS row
MATCH (c:Entity {id: row.city})
SET c.wikidataId = row.wikidataId,
    c.wikidataSource = row.wikidataSource,
    c.wikidataRef = row.wikidataRef,
    c.worldCity = toBoolean(row.worldCity),
    c.megacity = toBoolean(row.megacity),
    c.naturalEarthRef = row.placeRef,
    c.coastal = toBoolean(row.coastal),
    c.coastalBasis = row.coastalBasis,
    c.coastalSources = CASE WHEN row.coastal IS NULL THEN null ELSE ['naturalearth-ports', 'koppen-kgc'] END,
    c.sources = CASE WHEN row.placeRef IS NULL OR 'naturalearth-places' IN c.sources THEN c.sources
                ELSE c.sources + 'naturalearth-places' END,
    c.sourceRefs = CASE WHEN row.placeRef IS NULL OR row.placeRef IN c.sourceRefs THEN c.sourceRefs
                   ELSE c.sourceRefs + row.placeRef END
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.climate IS NOT NULL
  MATCH (z:ClimateZone {id: 'koppen:' + row.climate})
  MERGE (c)-[r:HAS_CLIMATE]->(z)
  SET r.seed = $seed, r.source = 'koppen-kgc', r.sourceRef = row.climateRef,
      r.cellLatitude = toFloat(row.climateCellLatitude), r.cellLongitude = toFloat(row.climateCellLongitude),
      r.km = toFloat(row.climateKm)
}
CALL (c, row) {
  WITH c, row WHERE row.seaport IS NOT NULL
  MATCH (p:Facility {id: row.seaport})
  MERGE (c)-[r:NEAR_SEAPORT]->(p)
  SET r.seed = $seed, r.source = p.sources[0], r.sourceRef = p.sourceRefs[0], r.km = toFloat(row.seaportKm)
}
CALL (c, row) {
  WITH c, row WHERE row.airport IS NOT NULL
  MATCH (a:Facility {id: row.airport})
  MERGE (c)-[r:NEAR_AIRPORT]->(a)
  SET r.seed = $seed, r.source = a.sources[0], r.sourceRef = a.sourceRefs[0], r.km = toFloat(row.airportKm)
}
