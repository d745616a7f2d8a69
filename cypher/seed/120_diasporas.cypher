// Diasporas between Mexico and other countries (UN DESA migrant stock): one Diaspora node per origin and
// destination, FROM its origin and LIVES_IN its destination, with its stock per year as observations.
UNWIND $rows AS row
MATCH (origin:Entity {id: row.origin}), (destination:Entity {id: row.destination})
MERGE (d:Entity {id: 'diaspora:' + row.origin + '>' + row.destination})
SET d.seed = $seed, d:Diaspora,
    d.name = 'People born in ' + origin.name + ' living in ' + destination.name,
    d.nameEs = 'Personas nacidas en ' + origin.nameEs + ' que viven en ' + destination.nameEs,
    d.origin = row.origin,
    d.destination = row.destination,
    d.stock = CASE WHEN d.stockYear IS NULL OR toInteger(row.year) >= d.stockYear THEN toInteger(row.stock) ELSE d.stock END,
    d.stockYear = CASE WHEN d.stockYear IS NULL OR toInteger(row.year) >= d.stockYear THEN toInteger(row.year) ELSE d.stockYear END,
    d.sources = [row.source],
    d.sourceRefs = ['migration/undesa_2019_long.csv']
MERGE (d)-[from:FROM]->(origin)
SET from.seed = $seed, from.source = row.source, from.sourceRef = row.sourceRef
MERGE (d)-[livesIn:LIVES_IN]->(destination)
SET livesIn.seed = $seed, livesIn.source = row.source, livesIn.sourceRef = row.sourceRef
MERGE (o:Observation {id: 'migrant-stock:undesa2019:' + row.origin + '>' + row.destination + ':' + row.year})
SET o.seed = $seed, o.indicator = 'migrant_stock',
    o.year = toInteger(row.year),
    o.value = toInteger(row.stock),
    o.unit = 'people',
    o.kind = 'stock',
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (d)-[h:HAS_OBSERVATION]->(o)
SET h.seed = $seed, h.source = row.source, h.sourceRef = row.sourceRef
