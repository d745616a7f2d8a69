// Pages of cities filter by country and order by population or name: range indexes, so that the planner can seek
// and read in order instead of scanning every city.
CREATE RANGE INDEX city_country IF NOT EXISTS FOR (c:City) ON (c.country);
CREATE RANGE INDEX city_population IF NOT EXISTS FOR (c:City) ON (c.population);
CREATE RANGE INDEX city_name IF NOT EXISTS FOR (c:City) ON (c.name);
