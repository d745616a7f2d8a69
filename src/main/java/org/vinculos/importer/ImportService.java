package org.vinculos.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

import org.vinculos.agreement.AgreementRules;
import org.vinculos.agreement.AgreementStatement;
import org.vinculos.agreement.AgreementWriter;
import org.vinculos.city.CityStatement;
import org.vinculos.city.SisterLinkRules;
import org.vinculos.city.SisterLinkStatement;
import org.vinculos.csv.CsvFormatException;
import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;
import org.vinculos.database.GraphChanged;
import org.vinculos.diaspora.DiasporaFigure;
import org.vinculos.diaspora.DiasporaFigureWriter;
import org.vinculos.network.MembershipRules;
import org.vinculos.network.MembershipStatement;
import org.vinculos.network.MembershipWriter;
import org.vinculos.provenance.ImportChange;
import org.vinculos.provenance.ImportRuns;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.Sources;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Imports stewards' CSV files: checks every row of every file first and writes nothing if anything is wrong; then
 * writes them in one transaction, merging on natural keys so that a second import of the same file changes nothing,
 * and records an import run per file.
 */
@Service
public class ImportService {

	private static final String PROFILES = resource("cypher/seed/910_city_profiles.cypher");

	private final Driver driver;

	private final Queue<Running> running = new ConcurrentLinkedQueue<>();

	private final ApplicationEventPublisher events;

	ImportService(Driver driver, ApplicationEventPublisher events) {
		this.events = events;
		this.driver = driver;
	}

	/** Told how far a long import has come. */
	@FunctionalInterface
	public interface Progress {

		void written(int rows, int total);

	}

	/** The kinds of file this importer reads, by their {@code --kind} name. */
	/** The most characters one value of an import file may hold. */
	static final int MAX_VALUE = 1_000;

	public static final List<String> KINDS = ImportRuns.KINDS;

	/**
	 * Checks the files and, unless {@code dryRun} or anything is wrong, writes them.
	 * @param given the files, each once however often it is named
	 * @param kind the kind of every file, or null to recognise each by its header
	 * @param user who imports, for the import run
	 * @param progress told the number of rows written so far and in all, for long files
	 */
	public ImportReport importFiles(List<Path> given, String kind, boolean dryRun, String user, Progress progress) {
		// A file named twice (by a shell pattern and by its name, say) is one file: it is read and written once.
		Set<Path> named = new HashSet<>();
		List<Path> files = given.stream().filter(file -> named.add(file.toAbsolutePath().normalize())).toList();
		Running running = new Running(files.stream().map(file -> file.getFileName().toString()).toList(), user, dryRun);
		this.running.add(running);
		try {
			return importFiles(files, kind, dryRun, user, (rows, total) -> {
				running.written(rows, total);
				progress.written(rows, total);
			}, running);
		}
		finally {
			this.running.remove(running);
		}
	}

	/** The imports this server runs now, oldest first: what stewards and their clients can watch. */
	public List<ImportInProgress> inProgress() {
		return this.running.stream().map(Running::snapshot).toList();
	}

	private ImportReport importFiles(List<Path> files, String kind, boolean dryRun, String user, Progress progress,
			Running running) {
		List<ImportProblem> problems = new ArrayList<>();
		CityResolver cities = new CityResolver(this.driver);
		Map<Path, List<CsvRecord>> records = new HashMap<>();
		Map<Path, ImportKind> kinds = new HashMap<>();
		Map<Path, String> hashes = new HashMap<>();
		for (Path file : files) {
			read(file, kind, problems, records, kinds, hashes);
		}
		running.phase("checking");
		// Cities files go first, so that the other files may name the cities they add.
		List<Path> ordered = files.stream().filter(kinds::containsKey)
			.sorted(Comparator.comparing((Path file) -> kinds.get(file) != ImportKind.CITIES)).toList();
		Map<Path, List<ImportRow>> valid = new HashMap<>();
		for (Path file : ordered) {
			String name = file.getFileName().toString();
			// A file's records go once checked: the write needs only its rows, and a large file's records would
			// otherwise outlive many collections during the write.
			List<CsvRecord> read = records.remove(file);
			valid.put(file, switch (kinds.get(file)) {
				case SISTER_LINKS -> new SisterLinkFile(cities, problems).check(read, name);
				case MEMBERSHIPS -> new MembershipFile(cities, this.driver, problems).check(read, name);
				case AGREEMENTS -> new AgreementFile(cities, this.driver, problems).check(read, name);
				case DIASPORAS -> new DiasporaFile(cities, this.driver, problems).check(read, name);
				case CITIES -> new CityFile(cities, this.driver, problems).check(read, name);
			});
		}
		if (!problems.isEmpty()) {
			List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
			problems.sort(Comparator.comparingInt((ImportProblem p) -> names.indexOf(p.file()))
				.thenComparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column));
			return new ImportReport(List.of(), problems, dryRun);
		}
		List<ImportReport.FileReport> reports = new ArrayList<>();
		int total = valid.values().stream().mapToInt(List::size).sum();
		running.written(0, total);
		try (var session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			int[] written = {0};
			// Every file's sources at once, locked in one order whatever the files cite; a source is new to a file
			// only while no earlier file of the import has written facts citing it.
			Set<String> newSources = Sources.merge(tx,
					ordered.stream().flatMap(file -> valid.get(file).stream()).map(ImportRow::cited).toList());
			Set<String> writtenSources = new HashSet<>();
			for (Path file : ordered) {
				String name = file.getFileName().toString();
				String run = newRunId();
				Map<String, Long> outcomes = new HashMap<>();
				List<ImportChange> changes = new ArrayList<>();
				List<ImportRow> rows = valid.get(file);
				kinds.get(file).write(tx, this.driver, rows, run, new ImportKind.Writes(Set.copyOf(newSources),
						Set.copyOf(writtenSources), outcomes, n -> progress.written(written[0] += n, total), changes));
				rows.stream().map(row -> Sources.id(row.sourceText())).distinct().forEach(id -> {
					newSources.remove(id);
					writtenSources.add(id);
				});
				ImportReport.FileReport report = new ImportReport.FileReport(name, kinds.get(file).title(), hashes.get(file),
						rows.size(),
						outcomes.getOrDefault("created", 0L), outcomes.getOrDefault("updated", 0L),
						outcomes.getOrDefault("unchanged", 0L), changes, dryRun ? null : run);
				if (!dryRun) {
					recordRun(tx, report, user);
				}
				reports.add(report);
			}
			if (!dryRun) {
				refreshProfiles(tx, kinds, valid, reports);
			}
			if (dryRun) {
				tx.rollback();
			}
			else {
				tx.commit();
				this.events.publishEvent(new GraphChanged());
			}
		}
		return new ImportReport(reports, List.of(), dryRun);
	}

	/** A column without a name in the header may be there, empty, as spreadsheets save one; a value in it is a problem. */
	private static void unnamedColumnsHoldNothing(String name, List<String> header, List<CsvRecord> records,
			List<ImportProblem> problems) {
		for (int i = 0; i < header.size(); i++) {
			int field = i;
			if (!header.get(field).isEmpty()) {
				continue;
			}
			List<CsvRecord> holding = records.stream().filter(record -> !record.field(field).isBlank()).toList();
			if (!holding.isEmpty()) {
				CsvRecord first = holding.getFirst();
				problems.add(new ImportProblem(name, first.line(), first.columnOfField(field), "field " + (field + 1)
						+ " has no column name in the header, yet holds \"" + first.field(field) + "\""
						+ ((holding.size() == 2) ? " (and so does 1 more row)"
								: (holding.size() > 2) ? " (and so do " + (holding.size() - 1) + " more rows)" : "")
						+ "; name the column or leave it empty"));
			}
		}
	}

	/**
	 * A value may hold at most {@link #MAX_VALUE} characters: ids are built from names, titles and sources, and a longer
	 * one would not fit the database's index.
	 */
	private static void valuesFit(String name, List<String> header, List<CsvRecord> records, List<ImportProblem> problems) {
		for (CsvRecord record : records) {
			for (int field = 0; field < header.size(); field++) {
				int length = record.field(field).length();
				if (length > MAX_VALUE) {
					problems.add(new ImportProblem(name, record.line(), record.columnOfField(field), header.get(field)
							+ " holds " + length + " characters; a value may hold at most " + MAX_VALUE));
				}
			}
		}
	}

	/** Reads a file's records and recognises its kind, or adds the problems that prevent it. */
	private static void read(Path file, String kind, List<ImportProblem> problems, Map<Path, List<CsvRecord>> records,
			Map<Path, ImportKind> kinds, Map<Path, String> hashes) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			problems.add(new ImportProblem(name, 1, 1, "cannot read the file: " + ex.getMessage()));
			return;
		}
		CsvFormatException notUtf8 = CsvReader.notUtf8(name, bytes);
		if (notUtf8 != null) {
			problems.add(new ImportProblem(name, notUtf8.line(), notUtf8.column(), notUtf8.reason()));
			return;
		}
		hashes.put(file, Sources.sha256(bytes));
		// Column names are read case-blind: a sheet whose header says City_A means city_a.
		try (CsvReader reader = CsvReader.open(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
				name, column -> column.toLowerCase(Locale.ROOT))) {
			ImportKind fileKind = kindOf(name, reader.header(), reader.headerColumns(), kind, problems);
			if (fileKind == null) {
				return;
			}
			int before = problems.size();
			List<CsvRecord> read = reader.readAll(
					malformed -> problems.add(new ImportProblem(name, malformed.line(), malformed.column(), malformed.reason())));
			if (read.isEmpty() && problems.size() == before) {
				problems.add(new ImportProblem(name, 1, 1, "the file has a header but no rows"));
				return;
			}
			unnamedColumnsHoldNothing(name, reader.header(), read, problems);
			valuesFit(name, reader.header(), read, problems);
			kinds.put(file, fileKind);
			records.put(file, read);
		}
		catch (CsvFormatException ex) {
			problems.add(new ImportProblem(name, ex.line(), ex.column(), ex.reason()));
		}
	}

	/**
	 * Writes one sister-city link as a steward states it over the API, like one row of a file, and records the write
	 * as a run of its own.
	 * @return created, updated or unchanged
	 */
	public String writeSisterLink(SisterLinkStatement link, SisterLinkRules.Checked checked, String operation,
			String user) {
		return writeRow(ImportKind.SISTER_LINKS, new ImportRow(SisterLinkFile.parameters(link, checked, operation),
				link.source().strip(), link.sourceUrl()), link.cityA() + "|" + link.cityB(), operation, user);
	}

	/**
	 * Writes one network membership as a steward states it over the API, like one row of a file.
	 * @return created, updated or unchanged
	 */
	public String writeMembership(MembershipStatement membership, MembershipRules.Checked checked, String operation,
			String user) {
		return writeRow(ImportKind.MEMBERSHIPS, new ImportRow(MembershipWriter.row(membership, checked, operation),
				membership.source().strip(), membership.sourceUrl()), membership.member() + "|" + membership.network(),
				operation, user);
	}

	/**
	 * Writes one agreement as a steward states it over the API, like the rows of a file, one a counterpart.
	 * @return created, updated or unchanged: created when any row created a fact
	 */
	public String writeAgreement(AgreementStatement agreement, AgreementRules.Checked checked, String operation,
			String user) {
		List<ImportRow> rows = AgreementWriter.rows(agreement, checked, operation).stream()
			.map(row -> new ImportRow(row, agreement.source().strip(), agreement.sourceUrl())).toList();
		String key = AgreementWriter.id(agreement.mexicanParty(), agreement.title(), checked.signed());
		return writeOne(operation, ImportKind.AGREEMENTS.title(), key, agreement.source().strip(), agreement.sourceUrl(),
				user, (tx, run, changes) -> writeRowsIn(tx, ImportKind.AGREEMENTS, rows, run, changes));
	}

	/**
	 * Writes one diaspora figure as a steward states it over the API, like one row of a diasporas file.
	 * @return created, updated or unchanged
	 */
	public String writeDiasporaFigure(DiasporaFigure figure, String operation, String user) {
		String source = figure.source().strip();
		return writeRow(ImportKind.DIASPORAS, new ImportRow(DiasporaFigureWriter.row(figure, operation), source,
				figure.sourceUrl()), DiasporaFigure.place(figure.origin()) + "|" + DiasporaFigure.place(figure.destination())
						+ "|" + figure.year(), operation, user);
	}

	/**
	 * Checks and writes one city as a steward states it over the API, as a cities file's row is (the same rules, the
	 * same merge), and refreshes its mirror profile as an import does.
	 * @return the city's id and what the write did, or the problems that kept it from the graph
	 */
	public CityWrite writeCity(CityStatement city, String operation, String user) {
		List<Problem> problems = new ArrayList<>();
		ImportRow row = new CityFile(new CityResolver(this.driver), this.driver, new ArrayList<>()).checkOne(city, operation,
				problems);
		if (row == null) {
			return new CityWrite(null, null, problems);
		}
		String id = (String) row.parameters().get("id");
		String outcome = writeOne(operation, ImportKind.CITIES.title(), id + "|" + row.sourceText(), row.sourceText(),
				row.sourceUrl(), user, (tx, run, changes) -> {
					String written = writeRowsIn(tx, ImportKind.CITIES, List.of(row), run, changes);
					if (!written.equals("unchanged")) {
						tx.run(PROFILES, Map.of("cities", List.of(id))).consume();
					}
					return written;
				});
		return new CityWrite(id, outcome, List.of());
	}

	/** What a steward's statement of a city came to: its id and outcome, or the problems that kept it from the graph. */
	public record CityWrite(String id, String outcome, List<Problem> problems) {
	}

	private String writeRow(ImportKind kind, ImportRow row, String key, String operation, String user) {
		return writeOne(operation, kind.title(), key + "|" + row.sourceText(), row.sourceText(), row.sourceUrl(), user,
				(tx, run, changes) -> writeRowsIn(tx, kind, List.of(row), run, changes));
	}

	/**
	 * Writes a steward's rows (one, or an agreement's one a counterpart) as their kind writes a file's, and tells what
	 * they did: created when any created a fact, else updated when any changed one, else unchanged.
	 */
	private static String writeRowsIn(Transaction tx, ImportKind kind, List<ImportRow> rows, String run,
			List<ImportChange> changes) {
		Map<String, Long> outcomes = new HashMap<>();
		kind.write(tx, null, rows, run, new ImportKind.Writes(Set.of(), Set.of(), outcomes, n -> {
		}, changes));
		return outcomes.containsKey("created") ? "created" : outcomes.containsKey("updated") ? "updated" : "unchanged";
	}

	/** One steward's write of one fact. */
	@FunctionalInterface
	public interface OneWrite {

		/**
		 * Changes the graph in {@code tx}, the fact carrying the {@code run} id, and tells {@code changes} what it
		 * changed in a fact that was there before.
		 * @return created, updated or unchanged
		 */
		String write(Transaction tx, String run, List<ImportChange> changes);

	}

	/**
	 * Runs one steward's write in one transaction: merges the source it cites, lets {@code write} change the graph and
	 * records the run with what it changed.
	 * @return created, updated or unchanged
	 */
	public String writeOne(String operation, String kind, String key, String sourceText, String sourceUrl, String user,
			OneWrite write) {
		String run = newRunId();
		try (var session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			Sources.merge(tx, List.of(new Sources.Cited(sourceText, sourceUrl)));
			List<ImportChange> changes = new ArrayList<>();
			String outcome = write.write(tx, run, changes);
			recordRun(tx, new ImportReport.FileReport(operation, kind, Sources.sha256(key.getBytes(StandardCharsets.UTF_8)),
					1,
					outcome.equals("created") ? 1 : 0, outcome.equals("updated") ? 1 : 0, outcome.equals("unchanged") ? 1 : 0,
					changes, run), user);
			tx.commit();
			this.events.publishEvent(new GraphChanged());
			return outcome;
		}
	}

	/**
	 * The mirror profiles of the cities a cities file created or changed (population, position), in the same
	 * transaction, so that the profiles never disagree with the facts.
	 */
	private static void refreshProfiles(Transaction tx, Map<Path, ImportKind> kinds, Map<Path, List<ImportRow>> valid,
			List<ImportReport.FileReport> reports) {
		if (reports.stream().noneMatch(r -> r.kind().equals(ImportKind.CITIES.title()) && r.created() + r.updated() > 0)) {
			return;
		}
		List<Object> cities = kinds.entrySet().stream().filter(e -> e.getValue() == ImportKind.CITIES)
			.flatMap(e -> valid.get(e.getKey()).stream()).map(row -> row.parameters().get("id")).toList();
		tx.run(PROFILES, Map.of("cities", cities)).consume();
	}

	private static String resource(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The kind of a file, named or recognised by its header, or null after adding the problem with its header. */
	private static ImportKind kindOf(String name, List<String> header, List<Integer> columns, String named,
			List<ImportProblem> problems) {
		// A spreadsheet saved with a semicolon or tab as its separator reads as a one-column file.
		if (header.size() == 1 && (header.getFirst().contains(";") || header.getFirst().contains("\t"))) {
			problems.add(new ImportProblem(name, 1, 1, "the columns are separated by "
					+ (header.getFirst().contains(";") ? "semicolons" : "tabs")
					+ "; they must be separated by commas (save the sheet as \"CSV UTF-8 (comma delimited)\")"));
			return null;
		}
		ImportKind kind = (named != null) ? ImportKind.named(named) : ImportKind.recognise(header);
		if (kind == null && named == null) {
			// A header short of a column or two is told what it lacks rather than that it is of no kind.
			kind = ImportKind.closest(header);
		}
		if (kind == null && named != null) {
			problems.add(new ImportProblem(name, 1, 1, "unknown kind " + named + "; known kinds: " + String.join(", ", KINDS)));
			return null;
		}
		if (kind == null) {
			problems.add(new ImportProblem(name, 1, 1, "the header names no known kind of file: "
					+ String.join("; ", Arrays.stream(ImportKind.values()).map(ImportKind::describe).toList())));
			return null;
		}
		if (!header.containsAll(kind.required())) {
			List<String> missing = kind.required().stream().filter(c -> !header.contains(c)).toList();
			problems.add(new ImportProblem(name, 1, 1, "the header is missing " + String.join(", ", missing) + "; "
					+ kind.describe()));
			return null;
		}
		int before = problems.size();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String title = header.get(i);
			if (title.isEmpty()) {
				// A spreadsheet saves a column it once used as one without a name; what it holds is checked row by row.
				continue;
			}
			Integer first = seen.putIfAbsent(title, i + 1);
			if (first != null) {
				problems.add(new ImportProblem(name, 1, columns.get(i), "column \"" + title + "\" is named twice (fields "
						+ first + " and " + (i + 1) + "); keep one"));
			}
			else if (!kind.required().contains(title) && !kind.optional().contains(title)) {
				problems.add(new ImportProblem(name, 1, columns.get(i), "unknown column \"" + title + "\"; " + kind.describe()));
			}
		}
		return (problems.size() == before) ? kind : null;
	}

	/**
	 * A new import run id: the time in base 36 and a random suffix. Every fact a run writes holds this id; at 23
	 * characters Neo4j keeps it inside the property record, where a UUID needs a string record of its own for every
	 * link and made the commit of a large import about a fifth slower.
	 */
	private static String newRunId() {
		long suffix = ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36 * 36);
		return "import:" + Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(suffix, 36);
	}

	/**
	 * Records the run with its changes, in the order of its rows, as five lists of the same length (a value that is
	 * none is an empty text, which no fact holds): a file that updates thousands of facts adds five properties to one
	 * node rather than thousands of nodes to its transaction.
	 */
	private static void recordRun(Transaction tx, ImportReport.FileReport report, String user) {
		List<ImportChange> changes = report.changes();
		tx.run("""
				CREATE (r:__ImportRun {id: $id, file: $file, sha256: $sha256, kind: $kind, importedAt: datetime($at), user: $user,
				                     rows: $rows, created: $created, updated: $updated, unchanged: $unchanged,
				                     changeAt: $changeAt, changeFact: $changeFact, changeProperty: $changeProperty,
				                     changeWas: $changeWas, changeNow: $changeNow})""",
				Map.ofEntries(Map.entry("id", report.runId()), Map.entry("file", report.file()),
						Map.entry("sha256", report.sha256()), Map.entry("kind", report.kind()),
						Map.entry("at", OffsetDateTime.now(ZoneOffset.UTC).toString()), Map.entry("user", user),
						Map.entry("rows", report.rows()), Map.entry("created", report.created()),
						Map.entry("updated", report.updated()), Map.entry("unchanged", report.unchanged()),
						Map.entry("changeAt", changes.stream().map(ImportChange::at).toList()),
						Map.entry("changeFact", changes.stream().map(ImportChange::fact).toList()),
						Map.entry("changeProperty", changes.stream().map(ImportChange::property).toList()),
						Map.entry("changeWas", changes.stream().map(c -> Objects.requireNonNullElse(c.was(), "")).toList()),
						Map.entry("changeNow", changes.stream().map(c -> Objects.requireNonNullElse(c.now(), "")).toList())));
	}

	/** An import while it runs: its phase and rows, set by the importing thread and read by any other. */
	private static final class Running {

		private final List<String> files;

		private final String user;

		private final boolean dryRun;

		private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);

		private volatile String phase = "reading";

		private volatile int written;

		private volatile Integer total;

		Running(List<String> files, String user, boolean dryRun) {
			this.files = files;
			this.user = user;
			this.dryRun = dryRun;
		}

		void phase(String phase) {
			this.phase = phase;
		}

		void written(int rows, int total) {
			this.total = total;
			this.written = rows;
			this.phase = "writing";
		}

		ImportInProgress snapshot() {
			return new ImportInProgress(this.files, this.user, this.dryRun, this.started.toString(), this.phase, this.written,
					this.total);
		}

	}

}
