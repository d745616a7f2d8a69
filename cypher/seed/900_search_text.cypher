// Every name of an entity in one property, for the full-text index `entity_names` (migration V0003).
MATCH (n:Entity)
SET n.searchText = reduce(text = '', name IN [n.name, n.nameEs, n.title] + coalesce(n.names, []) |
  CASE WHEN name IS NULL THEN text ELSE text + ' ' + name END);
