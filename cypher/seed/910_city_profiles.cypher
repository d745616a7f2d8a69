// The profile vector of every city with a population, a location and an elevation, which the vector index
// `city_profile` (migration V0006) searches for mirror-city candidates. Each component is a feature divided by the
// difference at which its mirror similarity reaches zero, times the square root of its default weight, so that the
// Euclidean distance between two profiles approximates their default weighted dissimilarity on these features:
// size (log10 population, weight 0.30) and geography (|latitude| over 20 degrees, elevation over 1,500 m, border,
// capital: 0.25 in four equal parts). Only slow-changing facts go in: the international profile (sister cities,
// networks), which every import changes, is scored exactly at query time by MirrorService from the facts
// themselves, as are all dimensions; the two must change together. A derived value, not a fact: it carries no source,
// and only profiles that change are written, since every write also updates the vector index. `$cities` is null on a
// load; an import of cities passes the cities it wrote.
MATCH (c:City) WHERE $cities IS NULL OR c.id IN $cities
WITH c, CASE WHEN c.population > 0 AND c.location IS NOT NULL AND c.dem IS NOT NULL THEN [
  sqrt(0.30) * log10(c.population),
  sqrt(0.0625) * abs(c.location.latitude) / 20.0,
  sqrt(0.0625) * c.dem / 1500.0,
  sqrt(0.0625) * CASE WHEN c.borderKm IS NULL THEN 0.0 ELSE 1.0 END,
  sqrt(0.0625) * CASE c.capital WHEN 'national' THEN 1.0 WHEN 'regional' THEN 0.5 WHEN 'state' THEN 0.5 ELSE 0.0 END
] END AS profile
WHERE coalesce(c.profile <> profile, c.profile IS NOT NULL OR profile IS NOT NULL)
SET c.profile = profile
