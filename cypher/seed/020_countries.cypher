// Countries by ISO 3166-1 alpha-2 code, with English and Spanish names from the Unicode CLDR.
UNWIND $rows AS row
MERGE (c:Entity {id: row.id})
SET c.seed = $seed, c:Country,
    c.code = row.id,
    c.name = row.name,
    c.nameEs = row.nameEs,
    c.names = [row.name, row.nameEs],
    c.sources = ['cldr-country-names'],
    c.sourceRefs = ['CLDR territory ' + row.id]
