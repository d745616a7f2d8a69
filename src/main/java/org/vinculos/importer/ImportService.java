package org.vinculos.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

import org.vinculos.csv.CsvFormatException;
import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Imports stewards' CSV files: checks every row of every file first and writes nothing if anything is wrong; then
 * writes them in one transaction, merging on natural keys so that a second import of the same file changes nothing,
 * and records an import run per file.
 */
@Service
public class ImportService {

	private static final int BATCH = 10_000;

	private static final String WRITE_SISTER_LINKS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})
			OPTIONAL MATCH (a)-[old:SISTER_CITY {source: row.source}]->(b)
			WITH row, a, b, old, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN coalesce(old.since, -1) = coalesce(row.since, -1) AND coalesce(old.sinceDate, '') = coalesce(row.sinceDate, '')
			   AND coalesce(old.until, -1) = coalesce(row.until, -1) AND coalesce(old.status, '') = coalesce(row.status, '')
			   THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			CALL (row, a, b, outcome) {
			  WITH row, a, b, outcome WHERE outcome = 'created'
			  CREATE (a)-[:SISTER_CITY {source: row.source, since: row.since, sinceDate: row.sinceDate, until: row.until,
			                            status: row.status, sourceRef: row.sourceRef, importRun: $run}]->(b)
			}
			CALL (row, old, outcome) {
			  WITH row, old, outcome WHERE outcome = 'updated'
			  SET old.since = row.since, old.sinceDate = row.sinceDate, old.until = row.until, old.status = row.status,
			      old.sourceRef = row.sourceRef, old.importRun = $run
			}
			RETURN outcome, count(*) AS n""";

	private final Driver driver;

	ImportService(Driver driver) {
		this.driver = driver;
	}

	/** The kinds of file this importer reads, by their {@code --kind} name. */
	public static final Set<String> KINDS = Set.of("sister-links");

	/**
	 * Checks the files and, unless {@code dryRun} or anything is wrong, writes them.
	 * @param kind the kind of every file, or null to recognise each by its header
	 * @param user who imports, for the import run
	 * @param progress told the number of rows written so far, for long files
	 */
	public ImportReport importFiles(List<Path> files, String kind, boolean dryRun, String user, IntConsumer progress) {
		List<ImportProblem> problems = new ArrayList<>();
		CityResolver cities = new CityResolver(this.driver);
		Map<Path, List<SisterLinkRow>> valid = new HashMap<>();
		Map<Path, String> hashes = new HashMap<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
			}
			catch (CharacterCodingException ex) {
				problems.add(new ImportProblem(name, 1, 1, "the file is not UTF-8"));
				continue;
			}
			catch (IOException ex) {
				problems.add(new ImportProblem(name, 1, 1, "cannot read the file: " + ex.getMessage()));
				continue;
			}
			hashes.put(file, sha256(bytes));
			try (CsvReader reader = CsvReader.open(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
					StandardCharsets.UTF_8), name)) {
				if (!checkHeader(name, reader.header(), kind, problems)) {
					continue;
				}
				List<CsvRecord> records = reader.readAll();
				if (records.isEmpty()) {
					problems.add(new ImportProblem(name, 1, 1, "the file has a header but no rows"));
					continue;
				}
				valid.put(file, new SisterLinkFile(cities, problems).check(records));
			}
			catch (CsvFormatException ex) {
				problems.add(new ImportProblem(name, ex.line(), ex.column(), ex.reason()));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportReport(List.of(), problems, dryRun);
		}
		List<ImportReport.FileReport> reports = new ArrayList<>();
		try (var session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			int written = 0;
			for (Path file : files) {
				String name = file.getFileName().toString();
				String run = "import:" + UUID.randomUUID();
				Map<String, Long> outcomes = new HashMap<>();
				List<SisterLinkRow> rows = valid.get(file);
				for (int from = 0; from < rows.size(); from += BATCH) {
					List<Map<String, Object>> batch = new ArrayList<>();
					for (SisterLinkRow row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
						batch.add(parameters(row, name));
					}
					mergeSources(tx, rows.subList(from, Math.min(rows.size(), from + BATCH)));
					tx.run(WRITE_SISTER_LINKS, Map.of("rows", batch, "run", run)).forEachRemaining(
							r -> outcomes.merge(r.get("outcome").asString(), r.get("n").asLong(), Long::sum));
					written += batch.size();
					progress.accept(written);
				}
				ImportReport.FileReport report = new ImportReport.FileReport(name, "sister-links", hashes.get(file), rows.size(),
						outcomes.getOrDefault("created", 0L), outcomes.getOrDefault("updated", 0L),
						outcomes.getOrDefault("unchanged", 0L), dryRun ? null : run);
				if (!dryRun) {
					recordRun(tx, report, user);
				}
				reports.add(report);
			}
			if (dryRun) {
				tx.rollback();
			}
			else {
				tx.commit();
			}
		}
		if (!dryRun && reports.stream().anyMatch(r -> r.created() + r.updated() > 0)) {
			refreshProfiles();
		}
		return new ImportReport(reports, List.of(), dryRun);
	}

	/**
	 * Writes one sister-city link as a steward states it over the API, like one row of a file, and records the write
	 * as a run of its own.
	 * @return created, updated or unchanged
	 */
	public String writeSisterLink(String cityA, String cityB, YearOrDate since, YearOrDate until, String status,
			String source, String sourceUrl, String operation, String user) {
		String a = (cityA.compareTo(cityB) < 0) ? cityA : cityB;
		String b = (cityA.compareTo(cityB) < 0) ? cityB : cityA;
		SisterLinkRow row = new SisterLinkRow(1, a, b, (since != null) ? since.year() : null,
				(since != null) ? since.date() : null, (until != null) ? until.year() : null, status, source, sourceUrl);
		String run = "import:" + UUID.randomUUID();
		try (var session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			mergeSources(tx, List.of(row));
			Map<String, Long> outcomes = new HashMap<>();
			tx.run(WRITE_SISTER_LINKS, Map.of("rows", List.of(parameters(row, operation)), "run", run))
				.forEachRemaining(r -> outcomes.merge(r.get("outcome").asString(), r.get("n").asLong(), Long::sum));
			String outcome = outcomes.keySet().stream().findFirst().orElseThrow();
			recordRun(tx, new ImportReport.FileReport(operation, "sister-links", sha256((a + "|" + b + "|" + source)
				.getBytes(StandardCharsets.UTF_8)), 1, outcome.equals("created") ? 1 : 0, outcome.equals("updated") ? 1 : 0,
					outcome.equals("unchanged") ? 1 : 0, run), user);
			tx.commit();
			return outcome;
		}
	}

	/** New links change the cities' sister-city counts, which their mirror profiles hold. */
	private void refreshProfiles() {
		try {
			this.driver.executableQuery(new ClassPathResource("cypher/seed/910_city_profiles.cypher")
				.getContentAsString(StandardCharsets.UTF_8)).execute();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean checkHeader(String name, List<String> header, String kind, List<ImportProblem> problems) {
		if (kind != null && !KINDS.contains(kind)) {
			problems.add(new ImportProblem(name, 1, 1, "unknown kind " + kind + "; known kinds: " + String.join(", ", KINDS)));
			return false;
		}
		Set<String> columns = new LinkedHashSet<>(header);
		if (!columns.containsAll(SisterLinkFile.REQUIRED)) {
			List<String> missing = SisterLinkFile.REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
			problems.add(new ImportProblem(name, 1, 1, "the header is missing " + String.join(", ", missing)
					+ "; a sister-links file has the columns " + String.join(",", SisterLinkFile.REQUIRED)
					+ " and optionally " + String.join(",", SisterLinkFile.OPTIONAL)));
			return false;
		}
		int column = 1;
		for (String title : header) {
			if (!SisterLinkFile.REQUIRED.contains(title) && !SisterLinkFile.OPTIONAL.contains(title)) {
				problems.add(new ImportProblem(name, 1, column, "unknown column \"" + title + "\""));
			}
			column += title.length() + 1;
		}
		return problems.isEmpty();
	}

	private static Map<String, Object> parameters(SisterLinkRow row, String file) {
		Map<String, Object> p = new HashMap<>();
		p.put("a", row.a());
		p.put("b", row.b());
		p.put("since", row.since());
		p.put("sinceDate", row.sinceDate());
		p.put("until", row.until());
		p.put("status", row.status());
		p.put("source", sourceId(row.source()));
		p.put("sourceRef", file + ":" + row.line());
		return p;
	}

	/** The Source nodes the rows cite, by the text and URL stewards give. */
	private static void mergeSources(Transaction tx, List<SisterLinkRow> rows) {
		Map<String, Map<String, Object>> sources = new HashMap<>();
		for (SisterLinkRow row : rows) {
			sources.computeIfAbsent(sourceId(row.source()), id -> {
				Map<String, Object> s = new HashMap<>();
				s.put("id", id);
				s.put("name", row.source());
				s.put("url", row.sourceUrl());
				return s;
			});
		}
		tx.run("""
				UNWIND $sources AS source
				MERGE (s:Source {id: source.id})
				ON CREATE SET s.name = source.name, s.url = source.url, s.kind = 'steward import',
				              s.licence = 'not stated (a steward import)', s.attribution = source.name,
				              s.retrieved = toString(date())""", Map.of("sources", List.copyOf(sources.values())));
	}

	/** A stable id for a source text: its first words and a hash, so that the same text is always the same source. */
	public static String sourceId(String text) {
		String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-$", "");
		}
		return "steward:" + slug + "-" + sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
	}

	private static void recordRun(Transaction tx, ImportReport.FileReport report, String user) {
		tx.run("""
				CREATE (r:__ImportRun {id: $id, file: $file, sha256: $sha256, kind: $kind, importedAt: datetime($at), user: $user,
				                     rows: $rows, created: $created, updated: $updated, unchanged: $unchanged})""",
				Map.of("id", report.runId(), "file", report.file(), "sha256", report.sha256(), "kind", report.kind(), "at",
						OffsetDateTime.now(ZoneOffset.UTC).toString(), "user", user, "rows", report.rows(), "created",
						report.created(), "updated", report.updated(), "unchanged", report.unchanged()));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
