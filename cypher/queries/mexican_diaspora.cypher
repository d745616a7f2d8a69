// Where people born in Mexico live, largest first (UN DESA 2019), and which US states send most remittances.
MATCH (d:Diaspora {origin: 'MX'})-[:LIVES_IN]->(k:Country)
RETURN k.name AS country, d.stock AS people, d.stockYear AS year
ORDER BY d.stock DESC LIMIT 10;

MATCH (r:Region {country: 'US'})-[:HAS_OBSERVATION]->(o:Observation {indicator: 'remittances_sent_to_mexico'})
WHERE o.year = 2024
RETURN r.name AS state, sum(o.value) AS usd
ORDER BY usd DESC LIMIT 10;
