package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.vinculos.city.Places;
import org.vinculos.csv.CsvRecord;
import org.vinculos.diaspora.DiasporaFigure;
import org.vinculos.diaspora.DiasporaFigureRules;
import org.vinculos.diaspora.DiasporaFigureWriter;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.YearOrDate;

/**
 * Reads the rows of a diaspora observations file, {@code origin,destination,year,stock,source} and optionally
 * {@code source_url}, as {@link DiasporaFigure} statements, which {@link DiasporaFigureRules} check as they check a
 * mutation's: a row's own problems are only those of its text (a year or a stock that is no number).
 */
final class DiasporaFile {

	static final List<String> REQUIRED = List.of("origin", "destination", "year", "stock", "source");

	static final List<String> OPTIONAL = List.of("source_url");

	private static final Map<String, String> COLUMNS = Map.of("sourceUrl", "source_url");

	private final CityResolver cities;

	private final Set<String> places = new HashSet<>();

	private final Rows rows;

	DiasporaFile(CityResolver cities, Places places, List<ImportProblem> problems) {
		this.cities = cities;
		this.rows = new Rows(problems);
		this.places.addAll(places.countryIds());
		this.places.addAll(places.regionCountries().keySet());
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRecord record : records) {
			int before = this.rows.problems();
			Set<String> unreadable = new HashSet<>();
			DiasporaFigure figure = figure(record, unreadable);
			this.rows.place(record, DiasporaFigureRules.check(figure, id -> this.places.contains(id) || this.cities.exists(id))
				.stream().filter(problem -> !unreadable.contains(problem.field())).toList(), COLUMNS);
			if (this.rows.problems() > before) {
				continue;
			}
			String key = DiasporaFigure.place(Objects.requireNonNull(figure.origin(),
					"the origin passed its rules")) + ">"
					+ DiasporaFigure.place(Objects.requireNonNull(figure.destination(),
					"the destination passed its rules")) + "|"
					+ figure.year() + "|" + figure.source();
			Integer previous = seen.putIfAbsent(key, record.line());
			if (previous != null) {
				this.rows.problem(record, "origin", "the same diaspora, year and source as line " + previous);
				continue;
			}
			valid.add(DiasporaFigureWriter.row(figure, file + ":" + record.line()));
		}
		return valid;
	}

	/**
	 * The row as a statement. A year or stock whose text is no number is a problem of the row, and its field is added
	 * to {@code unreadable}, so that the rules, which see it as not stated, do not say so a second time.
	 */
	private DiasporaFigure figure(CsvRecord record, Set<String> unreadable) {
		Integer year = null;
		if (Rows.value(record, "year") != null) {
			YearOrDate parsed = this.rows.date(record, "year");
			if (parsed != null) {
				year = parsed.year();
			}
			else {
				unreadable.add("year");
			}
		}
		Long stock = null;
		String stockText = Rows.value(record, "stock");
		if (stockText != null) {
			try {
				stock = Long.valueOf(stockText.replace(",", ""));
			}
			catch (NumberFormatException ex) {
				this.rows.problem(record, "stock", DiasporaFigureRules.stockMessage(stockText));
				unreadable.add("stock");
			}
		}
		return new DiasporaFigure(Rows.value(record, "origin"), Rows.value(record, "destination"), year, stock,
				Rows.value(record, "source"), Rows.value(record, "source_url"));
	}

}
