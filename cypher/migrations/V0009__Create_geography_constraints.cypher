// Climate classes and the airports and seaports near cities are keyed by id, as entities are.
CREATE CONSTRAINT climate_zone_id IF NOT EXISTS FOR (z:ClimateZone) REQUIRE z.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (f:Facility) REQUIRE f.id IS UNIQUE;
