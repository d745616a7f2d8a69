// Where the facts come from: one node per dataset or document, cited by every fact through `source(s)`.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.seed = $seed, s.name = row.name,
    s.publisher = row.publisher,
    s.file = row.file,
    s.url = row.url,
    s.licence = row.licence,
    s.attribution = row.attribution,
    s.retrieved = date(row.retrieved)
