// The profile vector loses its sister-city component (seed step 910_city_profiles): an import of sister links would
// otherwise rewrite the profile, and the vector index entry, of every city it touches. Five components, Euclidean.
DROP INDEX city_profile IF EXISTS;
CREATE VECTOR INDEX city_profile IF NOT EXISTS
FOR (c:City) ON (c.profile)
OPTIONS { indexConfig: { `vector.dimensions`: 5, `vector.similarity_function`: 'euclidean' } };
