package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.Places;
import org.vinculos.csv.CsvRecord;
import org.vinculos.network.MembershipRules;
import org.vinculos.network.MembershipStatement;
import org.vinculos.network.MembershipWriter;
import org.vinculos.network.Networks;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.ImportRow;

/**
 * Reads the rows of a network memberships file, {@code member,country,network,since,role,source} and optionally
 * {@code member_id,until,observed,source_url}, as {@link MembershipStatement}s, which {@link MembershipRules} check as
 * they check a mutation's. A member is a city by name and country, or any city or state by id; a network is named by
 * its id or any of its names.
 */
final class MembershipFile {

	static final List<String> REQUIRED = List.of("member", "country", "network", "since", "role", "source");

	static final List<String> OPTIONAL = List.of("member_id", "until", "observed", "source_url");

	private static final Map<String, String> COLUMNS = Map.of("sourceUrl", "source_url");

	private final CityResolver cities;

	private final Places places;

	private final Networks networks;

	private final Rows rows;

	/** The id of each network name the file gives, read together before its rows are checked. */
	private Map<String, String> networkIds = Map.of();

	private @Nullable Set<String> regions;

	MembershipFile(CityResolver cities, Places places, Networks networks, List<ImportProblem> problems) {
		this.cities = cities;
		this.places = places;
		this.networks = networks;
		this.rows = new Rows(problems);
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		this.networkIds = this.networks.idsNamed(records.stream().map(record -> Rows.value(record, "network"))
			.filter(Objects::nonNull).distinct().toList());
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRecord record : records) {
			int before = this.rows.problems();
			// The parties are found by name or id here; the rules then check the statement as they check a mutation's.
			String member = member(record);
			String network = network(record);
			MembershipStatement membership = new MembershipStatement(member, network, Rows.value(record, "since"),
					Rows.value(record, "until"), Rows.value(record, "observed"), Rows.value(record, "role"),
					Rows.value(record, "source"), Rows.value(record, "source_url"));
			MembershipRules.Checked checked = MembershipRules.check(membership, id -> member != null,
					id -> network != null, name -> Optional.empty());
			this.rows.place(record, checked.problems().stream()
				.filter(problem -> !problem.field().equals("member") && !problem.field().equals("network")).toList(), COLUMNS);
			if (this.rows.problems() > before) {
				continue;
			}
			Integer previous = seen.putIfAbsent(member + "|" + network + "|" + membership.source(), record.line());
			if (previous != null) {
				this.rows.problem(record, "member", "the same membership and source as line " + previous);
				continue;
			}
			valid.add(MembershipWriter.row(membership, checked, file + ":" + record.line()));
		}
		return valid;
	}

	private @Nullable String member(CsvRecord record) {
		String id = Rows.value(record, "member_id");
		if (id != null && this.cities.exists(id)) {
			return id;
		}
		if (id != null) {
			Set<String> regions = this.regions;
			if (regions == null) {
				regions = this.places.regionCountries().keySet();
				this.regions = regions;
			}
			if (!regions.contains(id)) {
				this.rows.problem(record, "member_id", "no city or state has the id " + id);
				return null;
			}
			return id;
		}
		String name = Rows.value(record, "member");
		String given = Rows.value(record, "country");
		if (name == null) {
			this.rows.problem(record, "member", "member is required (or member_id)");
			return null;
		}
		String country = (given != null) ? given.toUpperCase(Locale.ROOT) : null;
		if (country == null || !Checks.isCountryCode(country)) {
			this.rows.problem(record, "country", "country must be an ISO 3166-1 alpha-2 code such as MX, got: "
					+ ((given != null) ? given : "nothing"));
			return null;
		}
		return this.rows.oneCity(record, "member", this.cities.named(name, country), name, country, "member_id");
	}

	private @Nullable String network(CsvRecord record) {
		String text = Rows.value(record, "network");
		if (text == null) {
			this.rows.problem(record, "network", "network is required: its id (network:c40) or one of its names");
			return null;
		}
		String id = this.networkIds.get(text);
		if (id == null) {
			this.rows.problem(record, "network", "no network is named " + text);
		}
		return id;
	}

}
