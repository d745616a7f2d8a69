// Dated values of states, US states and Mexico, each its own observation with its source, so that sources and
// snapshots stand side by side: the SRE book's tables (internationalization scores 2005-2025; agreements per level,
// presidential term, counterpart type, world region and area, in two snapshots), remittances by quarter (Banxico),
// and each state's GDP and sector shares (INEGI). `note` says where OCR damage was repaired or a value inferred
// or computed.
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MERGE (o:Observation {id: row.id})
SET o.seed = $seed, o.indicator = row.indicator,
    o.breakdown = row.breakdown,
    o.label = row.label,
    o.date = date(row.date),
    o.year = toInteger(row.year),
    o.value = CASE WHEN row.unit IN ['count', 'USD'] THEN toInteger(row.value) ELSE toFloat(row.value) END,
    o.unit = row.unit,
    o.kind = CASE WHEN row.indicator STARTS WITH 'remittances' THEN 'flow' ELSE 'snapshot' END,
    o.note = row.note,
    o.inferred = coalesce(row.note STARTS WITH 'inferred', false),
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (subject)-[l:HAS_OBSERVATION]->(o)
SET l.seed = $seed, l.source = row.source, l.sourceRef = row.sourceRef
