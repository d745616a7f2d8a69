package org.vinculos.seed.convert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.vinculos.csv.CsvRecord;

/**
 * Converts the migration and economic datasets: the UN DESA migrant stock between Mexico and other countries,
 * remittances by sending US state and by receiving Mexican state (Banxico), and each state's economy by sector (INEGI).
 */
final class MigrationAndEconomy {

	/** The two-digit SCIAN sectors, which add up to the gross value added. */
	static final List<String> SECTORS = List.of("11", "21", "22", "23", "31-33", "43", "46", "48-49", "51", "52", "53", "54",
			"55", "56", "61", "62", "71", "72", "81", "93");

	/** A diaspora's stock in one year: people born in {@code origin} living in {@code destination}. */
	record MigrantStock(String origin, String destination, int year, long stock, String sourceRef) {
	}

	private final Path dataDir;

	private final Countries countries;

	private final MatchReport report;

	private final Set<String> usStates = new TreeSet<>();

	MigrationAndEconomy(Path dataDir, Countries countries, MatchReport report) {
		this.dataDir = dataDir;
		this.countries = countries;
		this.report = report;
	}

	/** Every stock of UN DESA 2019 between Mexico and a country; regional aggregates are left out and counted. */
	List<MigrantStock> migrantStocks() {
		List<MigrantStock> stocks = new ArrayList<>();
		this.report.dataset("UN DESA migrant stock 2019 (migration/undesa_2019_long.csv), rows involving Mexico");
		DataFiles.read(this.dataDir, "migration/undesa_2019_long.csv", row -> {
			String destination = row.get("dest");
			String origin = row.get("origin");
			if (!destination.equals("Mexico") && !origin.equals("Mexico")) {
				return;
			}
			Countries.Resolution from = this.countries.resolve(origin);
			Countries.Resolution to = this.countries.resolve(destination);
			if (from == null || to == null) {
				this.report.leftOut("", (from == null ? origin : destination) + " (a regional aggregate)", 0,
						List.of());
				return;
			}
			this.report.matched(to.code(), destination, "country");
			stocks.add(new MigrantStock(from.code(), to.code(), Integer.parseInt(row.get("year")),
					Long.parseLong(row.get("stock")), "migration/undesa_2019_long.csv:" + row.line()));
		});
		this.report.dataset(null);
		return stocks;
	}

	/** Observation rows (the columns of {@code 100_observations.csv}) of remittances and state economies. */
	List<List<Object>> observations() {
		List<List<Object>> rows = new ArrayList<>();
		DataFiles.read(this.dataDir, "mexico/remesas_usa.csv", row -> {
			String state = "US-" + row.get("ID_ESTADO");
			this.usStates.add("US." + row.get("ID_ESTADO"));
			rows.add(observation("remittances:banxico:" + state + ":" + row.get("PERIODO"), state, "remittances_sent_to_mexico",
					"quarter", null, row.get("PERIODO"), row.get("VALOR_USD"), "USD", null, "banxico-remesas-usa",
					"mexico/remesas_usa.csv:" + row.line()));
		});
		DataFiles.read(this.dataDir, "mexico/remesas_entidad.csv", row -> {
			String state = "MX-" + String.format("%02d", Integer.parseInt(row.get("CVE_ENT")));
			rows.add(observation("remittances:banxico:" + state + ":" + row.get("PERIODO"), state, "remittances_received",
					"quarter", null, row.get("PERIODO"), row.get("VALOR_USD"), "USD", null, "banxico-remesas-entidad",
					"mexico/remesas_entidad.csv:" + row.line()));
		});
		rows.addAll(stateEconomies());
		return rows;
	}

	/** The US states that remittance rows name, as GeoNames admin1 keys ("US.TX"), so that their regions exist. */
	Set<String> usStates() {
		return this.usStates;
	}

	/** Each state's GDP (current prices) in the latest year, and each sector's share of its gross value added. */
	private List<List<Object>> stateEconomies() {
		Map<String, List<CsvRecord>> latest = new LinkedHashMap<>();
		int[] latestYear = { 0 };
		DataFiles.read(this.dataDir, "mexico/pib_estatal.csv", row -> {
			int year = Integer.parseInt(row.get("PERIODO"));
			if (year > latestYear[0]) {
				latestYear[0] = year;
				latest.clear();
			}
			if (year == latestYear[0]) {
				latest.computeIfAbsent(row.get("CVE_ENT"), k -> new ArrayList<>()).add(row);
			}
		});
		List<List<Object>> rows = new ArrayList<>();
		latest.forEach((code, records) -> {
			String subject = code.equals("0") ? "MX" : "MX-" + String.format("%02d", Integer.parseInt(code));
			String year = String.valueOf(latestYear[0]);
			String date = year + "-01-01";
			CsvRecord gdp = find(records, "PIB");
			CsvRecord valueAdded = find(records, "VAB");
			rows.add(observation("gdp:inegi:" + subject + ":" + year, subject, "gdp", "total", "Producto interno bruto", date,
					gdp.get("VALOR_CORRIENTE"), "MXN million (current prices)", null, "inegi-pib-estatal",
					"mexico/pib_estatal.csv:" + gdp.line()));
			BigDecimal total = new BigDecimal(valueAdded.get("VALOR_CORRIENTE"));
			for (String sector : SECTORS) {
				CsvRecord record = find(records, sector);
				BigDecimal share = new BigDecimal(record.get("VALOR_CORRIENTE")).divide(total, 6, RoundingMode.HALF_EVEN);
				rows.add(observation("gdp-share:inegi:" + subject + ":" + year + ":" + sector, subject, "gdp_share",
						"scian:" + sector, record.get("INDUSTRIA"), date, share.toPlainString(), "share of gross value added",
						"computed: the sector's value added over the state's gross value added, current prices",
						"inegi-pib-estatal", "mexico/pib_estatal.csv:" + record.line()));
			}
		});
		return rows;
	}

	private static CsvRecord find(List<CsvRecord> records, String industry) {
		return records.stream()
			.filter(r -> r.get("CLAVE_INDUSTRIA").equals(industry))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + industry + " row in mexico/pib_estatal.csv"));
	}

	static List<Object> observation(String id, String subject, String indicator, String breakdown, String label, String date,
			String value, String unit, String note, String source, String sourceRef) {
		return Arrays.asList(id, subject, indicator, breakdown, label, date, date.substring(0, 4), value, unit, note, source,
				sourceRef);
	}

}
