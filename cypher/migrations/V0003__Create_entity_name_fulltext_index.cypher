// Search by name in Spanish and English, case- and accent-insensitive ("Queretaro" finds Querétaro): a full-text
// index with ASCII folding over `searchText`, which holds every name of an entity.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
