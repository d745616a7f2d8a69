package org.vinculos.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.vinculos.agreement.AgreementWriter;
import org.vinculos.city.CityWriter;
import org.vinculos.diaspora.DiasporaFigureWriter;
import org.vinculos.network.MembershipWriter;
import org.vinculos.provenance.ImportChange;

/**
 * The kinds of file stewards import: their columns and how their rows are merged on natural keys (most by a
 * statement that tells for each row whether it created, updated or left unchanged a fact, and for each updated fact
 * its values before and after).
 */
enum ImportKind {

	/** Sister-city links: the pair of cities and the source are the key; {@link SisterLinkWriter} writes them. */
	SISTER_LINKS("sister-links", SisterLinkFile.REQUIRED, SisterLinkFile.OPTIONAL, null) {

		@Override
		void write(Transaction tx, Driver reader, List<ImportRow> rows, String run, Writes writes) {
			SisterLinkWriter.write(tx, reader, rows, run, writes);
		}

	},

	/** Network memberships: the member, the network and the source are the key. */
	MEMBERSHIPS("memberships", MembershipFile.REQUIRED, MembershipFile.OPTIONAL, MembershipWriter.STATEMENT),

	/** Agreements: {@link AgreementWriter} writes them. */
	AGREEMENTS("agreements", AgreementFile.REQUIRED, AgreementFile.OPTIONAL, AgreementWriter.STATEMENT),

	/**
	 * Diaspora figures: the origin, destination, year and source are the key of an observation of the diaspora, whose
	 * stock is the latest year's.
	 */
	DIASPORAS("diasporas", DiasporaFile.REQUIRED, DiasporaFile.OPTIONAL, DiasporaFigureWriter.STATEMENT),

	/** Cities: {@link CityWriter} writes them. */
	CITIES("cities", CityFile.REQUIRED, CityFile.OPTIONAL, CityWriter.STATEMENT);

	private static final int BATCH = 10_000;

	private final String title;

	private final List<String> required;

	private final List<String> optional;

	private final String statement;

	ImportKind(String title, List<String> required, List<String> optional, String statement) {
		this.title = title;
		this.required = required;
		this.optional = optional;
		this.statement = statement;
	}

	/** Its name for {@code --kind} and in reports. */
	String title() {
		return this.title;
	}

	List<String> required() {
		return this.required;
	}

	List<String> optional() {
		return this.optional;
	}

	/**
	 * Writes valid rows in the transaction, counting in {@code writes} how many were created, updated and unchanged.
	 * @param reader where a kind may read, in transactions of its own, what was committed before the import
	 */
	void write(Transaction tx, Driver reader, List<ImportRow> rows, String run, Writes writes) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			tx.run(this.statement, Map.of("rows", batch.stream().map(ImportRow::parameters).toList(), "run", run))
				.forEachRemaining(r -> {
					writes.count(r.get("outcome").asString(), r.get("n").asLong());
					for (Value change : r.get("changes").values()) {
						writes.changes().addAll(ImportChange.between(change.get("at").asString(),
								change.get("fact").asString(), change.get("was").asMap(), change.get("now").asMap()));
					}
				});
			writes.written().accept(batch.size());
		}
	}

	/**
	 * What a file's write is told besides its rows, and what it tells back.
	 * @param newSources the sources this transaction created and no earlier file of the import cited: none of their
	 * facts can be in the graph yet
	 * @param writtenSources the sources an earlier file of the import cited: only this transaction sees all their facts
	 * @param outcomes the number of rows created, updated and unchanged, counted by the write
	 * @param written told how many rows each step wrote, for the progress bar
	 * @param changes told what the write changed in facts that were there before
	 */
	record Writes(Set<String> newSources, Set<String> writtenSources, Map<String, Long> outcomes, IntConsumer written,
			List<ImportChange> changes) {

		void count(String outcome, long n) {
			if (n > 0) {
				this.outcomes.merge(outcome, n, Long::sum);
			}
		}

	}

	/** The kind named, or null. */
	static ImportKind named(String title) {
		for (ImportKind kind : values()) {
			if (kind.title.equals(title)) {
				return kind;
			}
		}
		return null;
	}

	/** The kind whose required columns the header has, or null. */
	static ImportKind recognise(List<String> header) {
		for (ImportKind kind : values()) {
			if (header.containsAll(kind.required)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The kind a header was meant for when it lacks some of its columns: the one kind of which it has more than half the
	 * required columns and more than of any other; or null.
	 */
	static ImportKind closest(List<String> header) {
		ImportKind closest = null;
		long most = 0;
		boolean tied = false;
		for (ImportKind kind : values()) {
			long present = kind.required.stream().filter(header::contains).count();
			if (present * 2 > kind.required.size() && present >= most) {
				tied = present == most;
				closest = kind;
				most = present;
			}
		}
		return tied ? null : closest;
	}

	/** How a file of this kind starts, for error messages. */
	String describe() {
		String article = ("aeiou".indexOf(this.title.charAt(0)) >= 0) ? "an " : "a ";
		return article + this.title + " file has the columns " + String.join(",", this.required) + " and optionally "
				+ String.join(",", this.optional);
	}

}
