// City networks: those the source documents name, and those whose member lists are datasets.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n.seed = $seed, n:Network,
    n.name = row.name,
    n.nameEs = row.nameEs,
    n.names = coalesce(split(row.names, '|'), []) + [row.nameEs],
    n.kind = row.kind,
    n.sources = split(row.sources, '|'),
    n.sourceRefs = split(row.sourceRefs, '|')
