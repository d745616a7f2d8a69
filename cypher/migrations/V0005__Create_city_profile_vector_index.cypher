// Mirror-city candidates come from the nearest profiles (seed step 910_city_profiles): six components, Euclidean,
// so that the index's order is the order of the default weighted dissimilarity.
CREATE VECTOR INDEX city_profile IF NOT EXISTS
FOR (c:City) ON (c.profile)
OPTIONS { indexConfig: { `vector.dimensions`: 6, `vector.similarity_function`: 'euclidean' } };
