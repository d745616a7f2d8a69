// The figures of one indicator (the book's agreement counts, say) are read without scanning all 49,000 observations:
// under 32 concurrent clients, agreementStats spent a median 1.5 s doing that scan (LoadBenchmark, 2026-12-02).
CREATE INDEX observation_indicator IF NOT EXISTS FOR (o:Observation) ON (o.indicator);
