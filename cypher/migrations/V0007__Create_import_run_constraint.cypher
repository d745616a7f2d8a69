// Import runs are looked up by the id every fact they wrote carries (importRun), and paged newest first.
CREATE CONSTRAINT import_run_id_unique IF NOT EXISTS FOR (r:__ImportRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX import_run_imported_at IF NOT EXISTS FOR (r:__ImportRun) ON (r.importedAt);
