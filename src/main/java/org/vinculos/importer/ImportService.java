package org.vinculos.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

import org.vinculos.agreement.Topics;
import org.vinculos.city.CityStatement;
import org.vinculos.city.CityWriter;
import org.vinculos.city.Places;
import org.vinculos.csv.CsvRecord;
import org.vinculos.database.GraphChanged;
import org.vinculos.graph.Entities;
import org.vinculos.network.Networks;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWrites;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.RunRecord;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.WriteOutcome;
import org.vinculos.provenance.Writes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Imports stewards' CSV files: checks every row of every file first and writes nothing if anything is wrong; then
 * writes them in one transaction, each kind by the writer its mutations use, merging on natural keys so that a second
 * import of the same file changes nothing, and records an import run per file.
 */
@Service
public class ImportService {

	private static final String PROFILES = resource("cypher/seed/910_city_profiles.cypher");

	private final Driver driver;

	private final Queue<RunningImport> running = new ConcurrentLinkedQueue<>();

	private final ApplicationEventPublisher events;

	private final FactWrites writes;

	private final Places places;

	private final Topics topics;

	private final Entities entities;

	private final Networks networks;

	ImportService(Driver driver, ApplicationEventPublisher events, FactWrites writes, Places places, Topics topics,
			Entities entities, Networks networks) {
		this.driver = driver;
		this.events = events;
		this.writes = writes;
		this.places = places;
		this.topics = topics;
		this.entities = entities;
		this.networks = networks;
	}

	/** Told how far a long import has come. */
	@FunctionalInterface
	public interface Progress {

		void written(int rows, int total);

	}

	/**
	 * Checks the files and, unless {@code dryRun} or anything is wrong, writes them.
	 * @param given the files, each once however often it is named
	 * @param kind the kind of every file, or null to recognise each by its header
	 * @param user who imports, for the import run
	 * @param progress told the number of rows written so far and in all, for long files
	 */
	public ImportReport importFiles(List<Path> given, @Nullable String kind, boolean dryRun, String user,
			Progress progress) {
		// A file named twice (by a shell pattern and by its name, say) is one file: it is read and written once.
		Set<Path> named = new HashSet<>();
		List<Path> files = given.stream().filter(file -> named.add(file.toAbsolutePath().normalize())).toList();
		RunningImport running = new RunningImport(files.stream().map(ImportService::name).toList(), user, dryRun);
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
		return this.running.stream().map(RunningImport::snapshot).toList();
	}

	private ImportReport importFiles(List<Path> files, @Nullable String kind, boolean dryRun, String user,
			Progress progress, RunningImport running) {
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportFileReader.Read> read = new ArrayList<>();
		for (Path file : files) {
			ImportFileReader.Read one = ImportFileReader.read(file, kind, problems);
			if (one != null) {
				read.add(one);
			}
		}
		running.phase("checking");
		// Cities files go first, so that the other files may name the cities they add.
		List<ImportFileReader.Read> ordered = read.stream()
			.sorted(Comparator.comparing((ImportFileReader.Read file) -> file.kind() != ImportKind.CITIES)).toList();
		List<Checked> valid = check(ordered, problems);
		if (!problems.isEmpty()) {
			List<String> names = files.stream().map(ImportService::name).toList();
			problems.sort(Comparator.comparingInt((ImportProblem p) -> names.indexOf(p.file()))
				.thenComparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column));
			return new ImportReport(List.of(), problems, dryRun);
		}
		List<ImportReport.FileReport> reports = new ArrayList<>();
		int total = valid.stream().mapToInt(file -> file.rows().size()).sum();
		running.written(0, total);
		try (var session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			int[] written = {0};
			// Every file's sources at once, locked in one order whatever the files cite; a source is new to a file
			// only while no earlier file of the import has written facts citing it.
			Set<String> newSources = Sources.merge(tx,
					valid.stream().flatMap(file -> file.rows().stream()).map(ImportRow::cited).toList());
			Set<String> writtenSources = new HashSet<>();
			for (Checked file : valid) {
				ImportKind fileKind = file.read().kind();
				String run = RunRecord.newId();
				List<ImportRow> rows = file.rows();
				Writes writes = new Writes(Set.copyOf(newSources), Set.copyOf(writtenSources),
						new EnumMap<>(WriteOutcome.class), n -> progress.written(written[0] += n, total), new ArrayList<>());
				fileKind.writer().write(tx, this.driver, rows, run, writes);
				rows.stream().map(row -> Sources.id(row.sourceText())).distinct().forEach(id -> {
					newSources.remove(id);
					writtenSources.add(id);
				});
				RunRecord record = new RunRecord(run, file.read().name(), file.read().sha256(), fileKind.title(), user,
						rows.size(), writes.outcomes(), writes.changes());
				if (!dryRun) {
					record.record(tx);
				}
				reports.add(new ImportReport.FileReport(record.file(), record.kind(), record.sha256(), record.rows(),
						record.count(WriteOutcome.CREATED), record.count(WriteOutcome.UPDATED),
						record.count(WriteOutcome.UNCHANGED), record.changes(), dryRun ? null : run));
			}
			if (dryRun) {
				tx.rollback();
			}
			else {
				refreshProfiles(tx, valid, reports);
				tx.commit();
				this.events.publishEvent(new GraphChanged());
			}
		}
		return new ImportReport(reports, List.of(), dryRun);
	}

	/** A file whose rows were checked: the valid rows, ready to write. */
	private record Checked(ImportFileReader.Read read, List<ImportRow> rows) {
	}

	/** Each file's rows checked by its kind, in order; each invalid row adds its problems, placed in its file. */
	private List<Checked> check(List<ImportFileReader.Read> ordered, List<ImportProblem> problems) {
		CityResolver cities = new CityResolver(this.driver);
		List<Checked> valid = new ArrayList<>();
		for (ImportFileReader.Read file : ordered) {
			String name = file.name();
			List<CsvRecord> records = file.records();
			valid.add(new Checked(file, switch (file.kind()) {
				case SISTER_LINKS -> new SisterLinkFile(cities, problems).check(records, name);
				case MEMBERSHIPS -> new MembershipFile(cities, this.places, this.networks, problems).check(records, name);
				case AGREEMENTS -> new AgreementFile(cities, this.driver, this.topics, this.entities, problems)
					.check(records, name);
				case DIASPORAS -> new DiasporaFile(cities, this.places, problems).check(records, name);
				case CITIES -> new CityFile(cities, this.driver, this.places, problems).check(records, name);
			}));
			// A file's records go once checked: the write needs only its rows, and a large file's records would
			// otherwise outlive many collections during the write.
			records.clear();
		}
		return valid;
	}

	/**
	 * Checks and writes one city as a steward states it over the API, as a cities file's row is (the same rules, the
	 * same merge), and refreshes its mirror profile as an import does.
	 * @return the city's id and what the write did, or the problems that kept it from the graph
	 */
	public CityWrite writeCity(CityStatement city, String operation, String user) {
		List<Problem> problems = new ArrayList<>();
		ImportRow row = new CityFile(new CityResolver(this.driver), this.driver, this.places, new ArrayList<>())
			.checkOne(city, operation, problems);
		if (row == null) {
			return new CityWrite(null, null, problems);
		}
		String id = (String) row.parameters().get("id");
		WriteOutcome outcome = this.writes.change(operation, FactKind.CITIES, id + "|" + row.sourceText(), row.cited(),
				user, (tx, run, writes) -> {
					CityWriter.WRITER.write(tx, null, List.of(row), run, writes);
					if (writes.outcome() != WriteOutcome.UNCHANGED) {
						tx.run(PROFILES, Map.of("cities", List.of(id))).consume();
					}
				});
		return new CityWrite(id, outcome, List.of());
	}

	/** What a steward's statement of a city came to: its id and outcome, or the problems that kept it from the graph. */
	public record CityWrite(@Nullable String id, @Nullable WriteOutcome outcome, List<Problem> problems) {
	}

	/**
	 * The mirror profiles of the cities a cities file created or changed (population, position), in the same
	 * transaction, so that the profiles never disagree with the facts.
	 */
	private static void refreshProfiles(Transaction tx, List<Checked> valid, List<ImportReport.FileReport> reports) {
		if (reports.stream().noneMatch(r -> r.kind().equals(FactKind.CITIES.title()) && r.created() + r.updated() > 0)) {
			return;
		}
		List<Object> cities = valid.stream().filter(file -> file.read().kind() == ImportKind.CITIES)
			.flatMap(file -> file.rows().stream()).map(row -> row.parameters().get("id")).toList();
		tx.run(PROFILES, Map.of("cities", cities)).consume();
	}

	private static String name(Path file) {
		return String.valueOf(file.getFileName());
	}

	private static String resource(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
