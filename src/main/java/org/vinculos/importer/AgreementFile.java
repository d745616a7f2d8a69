package org.vinculos.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.YearOrDate;

/**
 * Checks the rows of an agreements file, RAII-like: {@code title,kind,level,mexican_party,counterpart,
 * counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url}, and optionally
 * {@code mexican_party_id,counterpart_id}. The Mexican party is a state (level state) or a municipality (level
 * municipal) by name; the counterpart a city, region, country, organization or network by name and country.
 */
final class AgreementFile {

	static final List<String> REQUIRED = List.of("title", "kind", "level", "mexican_party", "counterpart",
			"counterpart_country", "counterpart_type", "areas", "signed", "ended", "status", "registered", "source",
			"source_url");

	static final List<String> OPTIONAL = List.of("mexican_party_id", "counterpart_id");

	private static final Map<String, Boolean> REGISTERED = Map.of("true", true, "yes", true, "sí", true, "si", true,
			"false", false, "no", false);

	private static final List<String> CITY = List.of("Entity", "City");

	private final CityResolver cities;

	private final Driver driver;

	private final Rows rows;

	/** The names of regions, countries, organizations and networks, once read. */
	private Map<String, List<Named>> names;

	private Map<String, String> topics;

	/** The entities the file gives by id, read together before its rows are checked. */
	private final Map<String, Named> byId = new HashMap<>();

	AgreementFile(CityResolver cities, Driver driver, List<ImportProblem> problems) {
		this.cities = cities;
		this.driver = driver;
		this.rows = new Rows(problems);
	}

	/** An entity a name may stand for: its id, labels and country. */
	private record Named(String id, List<String> labels, String country) {
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		readIds(records);
		for (CsvRecord record : records) {
			int before = this.rows.problems();
			String title = Rows.value(record, "title");
			if (title == null) {
				this.rows.problem(record, "title", "title is required");
			}
			String level = oneOf(record, "level", ImportService.LEVELS);
			String mexican = mexicanParty(record, level);
			Named counterpart = counterpart(record);
			String counterpartType = oneOf(record, "counterpart_type", ImportService.COUNTERPART_TYPES);
			List<String> areas = areas(record);
			YearOrDate signed = fullDate(record, "signed");
			YearOrDate ended = fullDate(record, "ended");
			if (signed != null && ended != null && signed.date() != null && ended.date() != null
					&& ended.date().compareTo(signed.date()) < 0) {
				this.rows.problem(record, "ended", "ended (" + ended.date() + ") is before signed (" + signed.date() + ")");
			}
			String status = oneOf(record, "status", ImportService.STATUSES);
			Boolean registered = null;
			String flag = Rows.value(record, "registered");
			if (flag != null) {
				registered = REGISTERED.get(flag.toLowerCase(Locale.ROOT));
				if (registered == null) {
					this.rows.problem(record, "registered", "registered must be true or false (yes, no, sí), got: " + flag);
				}
			}
			String source = this.rows.source(record);
			if (this.rows.problems() > before) {
				continue;
			}
			String id = id(mexican, title, (signed != null) ? signed.date() : null);
			Integer previous = seen.putIfAbsent(id + "|" + counterpart.id(), record.line());
			if (previous != null) {
				this.rows.problem(record, "title", "the same agreement and counterpart as line " + previous);
				continue;
			}
			Map<String, Object> p = new HashMap<>();
			p.put("id", id);
			p.put("title", title);
			p.put("kind", Rows.value(record, "kind"));
			p.put("level", level);
			p.put("mexicanParty", mexican);
			p.put("counterpart", counterpart.id());
			p.put("counterpartType", counterpartType);
			p.put("counterpartCountry", counterpart.country());
			p.put("topics", areas);
			p.put("signed", (signed != null) ? signed.date() : null);
			p.put("ended", (ended != null) ? ended.date() : null);
			p.put("status", status);
			p.put("registered", registered);
			p.put("source", Sources.id(source));
			p.put("sourceRef", file + ":" + record.line());
			valid.add(new ImportRow(p, source, Rows.value(record, "source_url")));
		}
		return valid;
	}

	/** The id of an agreement: its Mexican party, title and date signed, which identify it in the registry. */
	static String id(String mexicanParty, String title, String signed) {
		String key = mexicanParty + "|" + title.strip().toLowerCase(Locale.ROOT) + "|" + ((signed != null) ? signed : "");
		try {
			return "agreement:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String mexicanParty(CsvRecord record, String level) {
		String id = Rows.value(record, "mexican_party_id");
		String label = "state".equals(level) ? "Region" : "City";
		List<Named> candidates = (id != null) ? byId(id) : named(Rows.value(record, "mexican_party"), "MX");
		String column = (id != null) ? "mexican_party_id" : "mexican_party";
		List<Named> fitting = candidates.stream().filter(n -> "MX".equals(n.country()) && n.labels().contains(label)).toList();
		if (level == null) {
			return null;
		}
		if (fitting.size() != 1) {
			String what = "state".equals(level) ? "state" : "municipality";
			this.rows.problem(record, column, fitting.isEmpty()
					? "no Mexican " + what + " is named " + Rows.value(record, column)
					: fitting.size() + " Mexican " + what + " names are " + Rows.value(record, column) + " ("
							+ String.join(", ", fitting.stream().map(Named::id).limit(5).toList()) + "); give mexican_party_id");
			return null;
		}
		return fitting.getFirst().id();
	}

	private Named counterpart(CsvRecord record) {
		String id = Rows.value(record, "counterpart_id");
		if (id != null) {
			List<Named> found = byId(id);
			if (found.isEmpty()) {
				this.rows.problem(record, "counterpart_id", "nothing has the id " + id);
				return null;
			}
			return found.getFirst();
		}
		String name = Rows.value(record, "counterpart");
		String country = Rows.value(record, "counterpart_country");
		if (name == null) {
			this.rows.problem(record, "counterpart", "counterpart is required (or counterpart_id)");
			return null;
		}
		List<Named> candidates = named(name, country).stream()
			.filter(n -> country == null || country.equalsIgnoreCase(n.country()) || n.labels().contains("Organization")
					|| n.labels().contains("Network"))
			.toList();
		if (candidates.size() != 1) {
			this.rows.problem(record, "counterpart", (candidates.isEmpty() ? "nothing is named \"" + name + "\""
					: "\"" + name + "\" names " + candidates.size() + " places or bodies ("
							+ String.join(", ", candidates.stream().map(Named::id).limit(5).toList()) + "); give counterpart_id")
					+ ((country != null) ? " in " + country : ""));
			return null;
		}
		return candidates.getFirst();
	}

	private List<String> areas(CsvRecord record) {
		List<String> ids = new ArrayList<>();
		String text = Rows.value(record, "areas");
		if (text == null) {
			return ids;
		}
		if (this.topics == null) {
			this.topics = new HashMap<>();
			this.driver.executableQuery("MATCH (t:Topic) RETURN t.id AS id, [t.id, t.name, t.nameEs] AS names").execute()
				.records().forEach(r -> r.get("names").asList(Value::asString)
					.forEach(n -> this.topics.put(n.toLowerCase(Locale.ROOT), r.get("id").asString())));
		}
		for (String area : text.split("\\|")) {
			String id = this.topics.get(area.strip().toLowerCase(Locale.ROOT));
			if (id == null) {
				this.rows.problem(record, "areas", "unknown area " + area.strip() + "; areas are separated by |");
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	private YearOrDate fullDate(CsvRecord record, String column) {
		YearOrDate date = this.rows.date(record, column);
		if (date != null && date.date() == null) {
			this.rows.problem(record, column, column + " must be a full date such as 2018-06-30, got: " + date.year());
			return null;
		}
		return date;
	}

	private String oneOf(CsvRecord record, String column, Set<String> allowed) {
		String value = Rows.value(record, column);
		if (value != null && !allowed.contains(value)) {
			this.rows.problem(record, column, column + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
					+ ", got: " + value);
			return null;
		}
		if (value == null && column.equals("level")) {
			this.rows.problem(record, column, "level is required: state or municipal");
		}
		return value;
	}

	private void readIds(List<CsvRecord> records) {
		Set<String> ids = new HashSet<>();
		for (CsvRecord record : records) {
			for (String column : OPTIONAL) {
				String id = Rows.value(record, column);
				if (id != null) {
					ids.add(id);
				}
			}
		}
		if (ids.isEmpty()) {
			return;
		}
		this.driver.executableQuery("""
				MATCH (e:Entity) WHERE e.id IN $ids
				RETURN e.id AS id, labels(e) AS labels, coalesce(e.country, CASE WHEN e:Country THEN e.id END) AS country""")
			.withParameters(Map.of("ids", List.copyOf(ids))).execute().records()
			.forEach(r -> this.byId.put(r.get("id").asString(), new Named(r.get("id").asString(),
					r.get("labels").asList(Value::asString), r.get("country").asString(null))));
	}

	private List<Named> byId(String id) {
		Named found = this.byId.get(id);
		if (found != null) {
			return List.of(found);
		}
		return this.cities.declared().stream().filter(city -> city.id().equals(id)).map(AgreementFile::named).toList();
	}

	/** A city that a cities file of the same import adds: not in the database yet, written before this file. */
	private static Named named(CityResolver.Declared city) {
		return new Named(city.id(), CITY, city.country());
	}

	/**
	 * What the name may stand for: cities of the country (of any country when none is given), and regions, countries,
	 * organizations and networks, whose few names are read once.
	 */
	private List<Named> named(String name, String country) {
		if (name == null) {
			return List.of();
		}
		if (this.names == null) {
			this.names = new HashMap<>();
			this.driver.executableQuery("""
					MATCH (e:Entity) WHERE e:Region OR e:Country OR e:Organization OR e:Network
					RETURN e.id AS id, labels(e) AS labels, coalesce(e.country, CASE WHEN e:Country THEN e.id END) AS country,
					       [e.name, e.nameEs] + coalesce(e.names, []) AS names""").execute().records().forEach(r -> {
				Named named = new Named(r.get("id").asString(), r.get("labels").asList(Value::asString),
						r.get("country").asString(null));
				for (Value n : r.get("names").values()) {
					if (!n.isNull()) {
						add(n.asString(), named);
					}
				}
			});
		}
		List<Named> found = new ArrayList<>(this.names.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of()));
		if (country != null) {
			this.cities.named(name, country).forEach(id -> found.add(new Named(id, CITY, country.toUpperCase(Locale.ROOT))));
		}
		else {
			this.cities.namedAnywhere(name).forEach(city -> found.add(new Named(city.id(), CITY, city.country())));
		}
		return found;
	}

	private void add(String name, Named named) {
		List<Named> list = this.names.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1));
		if (list.stream().noneMatch(n -> n.id().equals(named.id()))) {
			list.add(named);
		}
	}

}
