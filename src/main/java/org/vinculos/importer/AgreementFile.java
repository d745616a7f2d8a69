package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.vinculos.agreement.AgreementRules;
import org.vinculos.agreement.AgreementStatement;
import org.vinculos.agreement.AgreementWriter;
import org.vinculos.agreement.Topics;
import org.vinculos.csv.CsvRecord;
import org.vinculos.graph.Entities;
import org.vinculos.provenance.ImportRow;

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

	private static final Map<String, String> COLUMNS = Map.of("counterpartType", "counterpart_type", "topics", "areas",
			"sourceUrl", "source_url");

	private final CityResolver cities;

	private final Driver driver;

	private final Rows rows;

	/** The names of regions, countries, organizations and networks, once read. */
	private final Map<String, List<Named>> names = new HashMap<>();

	private boolean namesRead;

	private @Nullable Map<String, String> topics;

	private final Topics topicNames;

	private final Entities entities;

	/** The entities the file gives by id, read together before its rows are checked. */
	private final Map<String, Named> byId = new HashMap<>();

	AgreementFile(CityResolver cities, Driver driver, Topics topics, Entities entities, List<ImportProblem> problems) {
		this.cities = cities;
		this.driver = driver;
		this.topicNames = topics;
		this.entities = entities;
		this.rows = new Rows(problems);
	}

	/** An entity a name may stand for: its id, labels and country. */
	private record Named(String id, List<String> labels, @Nullable String country) {
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		readIds(records);
		for (CsvRecord record : records) {
			int before = this.rows.problems();
			// The parties and areas are found by name or id here; the rules then check the statement as they check a
			// mutation's.
			String level = Rows.value(record, "level");
			String mexican = AgreementStatement.LEVELS.contains(level) ? mexicanParty(record, level) : null;
			Named counterpart = counterpart(record);
			List<String> areas = areas(record);
			Boolean registered = null;
			String flag = Rows.value(record, "registered");
			if (flag != null) {
				registered = REGISTERED.get(flag.toLowerCase(Locale.ROOT));
				if (registered == null) {
					this.rows.problem(record, "registered", "registered must be true or false (yes, no, sí), got: " + flag);
				}
			}
			AgreementStatement agreement = new AgreementStatement(Rows.value(record, "title"), Rows.value(record, "kind"),
					level, mexican, (counterpart != null) ? List.of(counterpart.id()) : List.of(),
					Rows.value(record, "counterpart_type"), areas, Rows.value(record, "signed"), Rows.value(record, "ended"),
					Rows.value(record, "status"), registered, Rows.value(record, "source"), Rows.value(record, "source_url"));
			AgreementRules.Checked checked = AgreementRules.check(agreement, id -> true, id -> true);
			this.rows.place(record, checked.problems().stream()
				.filter(problem -> !problem.field().equals("counterparts")).toList(), COLUMNS);
			// A party not found has added its problem.
			if (this.rows.problems() > before || mexican == null || counterpart == null) {
				continue;
			}
			String id = AgreementWriter.id(mexican,
					Objects.requireNonNull(agreement.title(), "the title passed its rules"), checked.signed());
			Integer previous = seen.putIfAbsent(id + "|" + counterpart.id(), record.line());
			if (previous != null) {
				this.rows.problem(record, "title", "the same agreement and counterpart as line " + previous);
				continue;
			}
			valid.add(AgreementWriter.rows(agreement, checked, file + ":" + record.line()).getFirst());
		}
		return valid;
	}

	private @Nullable String mexicanParty(CsvRecord record, @Nullable String level) {
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

	private @Nullable Named counterpart(CsvRecord record) {
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
		Map<String, String> topics = this.topics;
		if (topics == null) {
			topics = this.topicNames.idsByName();
			this.topics = topics;
		}
		for (String area : text.split("\\|")) {
			String id = Topics.idNamed(topics, area);
			if (id == null) {
				this.rows.problem(record, "areas", "unknown area " + area.strip() + "; areas are separated by |");
			}
			else {
				ids.add(id);
			}
		}
		return ids;
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
		this.entities.byIds(ids).values()
			.forEach(entity -> this.byId.put(entity.id(), new Named(entity.id(), entity.labels(), entity.country())));
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
	private List<Named> named(@Nullable String name, @Nullable String country) {
		if (name == null) {
			return List.of();
		}
		if (!this.namesRead) {
			this.namesRead = true;
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
