// Dated values (population by year, agreement counts by source and date, scores) are Observation nodes,
// one per subject, indicator, source and date, so that sources can disagree side by side.
CREATE CONSTRAINT observation_id_unique IF NOT EXISTS FOR (o:Observation) REQUIRE o.id IS UNIQUE;
