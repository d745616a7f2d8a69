package org.vinculos.steward;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.city.SisterLink;
import org.vinculos.importer.ImportService;
import org.vinculos.importer.YearOrDate;
import org.vinculos.steward.SisterLinkPayload.StewardError;
import org.vinculos.steward.SisterLinkPayload.StewardError.Code;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Corrections of sister-city links by stewards: {@code addSisterLink} and {@code endSisterLink}, each written like a
 * one-row import (merged on the pair and the source, recorded as an import run).
 */
@Controller
class SisterLinkCorrectionController {

	private final ImportService writer;

	private final Cities cities;

	private final Neo4jClient neo4j;

	SisterLinkCorrectionController(ImportService writer, Cities cities, Neo4jClient neo4j) {
		this.writer = writer;
		this.cities = cities;
		this.neo4j = neo4j;
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	SisterLinkPayload addSisterLink(@Argument SisterLinkInput input, Principal principal) {
		return write(input, "graphql:addSisterLink", principal, false);
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	SisterLinkPayload endSisterLink(@Argument SisterLinkInput input, Principal principal) {
		return write(input, "graphql:endSisterLink", principal, true);
	}

	private SisterLinkPayload write(SisterLinkInput input, String operation, Principal principal, boolean end) {
		List<StewardError> errors = new ArrayList<>();
		var found = this.cities.byIds(List.of(input.cityA(), input.cityB()));
		for (String field : List.of("cityA", "cityB")) {
			String id = field.equals("cityA") ? input.cityA() : input.cityB();
			if (!found.containsKey(id)) {
				errors.add(new StewardError(field, Code.NOT_FOUND, "no city has the id " + id));
			}
		}
		if (input.cityA().equals(input.cityB())) {
			errors.add(new StewardError("cityB", Code.INVALID, "a city cannot be its own sister city"));
		}
		YearOrDate since = StewardChecks.yearOrDate(errors, "since", input.since());
		YearOrDate until = StewardChecks.yearOrDate(errors, "until", input.until());
		StewardChecks.period(errors, since, until);
		String status = end ? "ended" : input.status();
		StewardChecks.oneOf(errors, "status", status, ImportService.STATUSES);
		StewardChecks.source(errors, input.source(), input.sourceUrl());
		if (end && errors.isEmpty() && !linked(input.cityA(), input.cityB())) {
			errors.add(new StewardError("cityB", Code.NO_LINK, "no source states a link between " + input.cityA() + " and "
					+ input.cityB() + " to end"));
		}
		if (!errors.isEmpty()) {
			return SisterLinkPayload.failed(errors);
		}
		String outcome = this.writer.writeSisterLink(input.cityA(), input.cityB(), since, until, status,
				input.source().strip(), input.sourceUrl(), operation, StewardChecks.user(principal));
		City other = found.get(input.cityB());
		String source = ImportService.sourceId(input.source().strip());
		return new SisterLinkPayload(new SisterLink(other, (since != null) ? since.year() : null,
				(until != null) ? until.year() : null, status, source, operation,
				importRun(input.cityA(), input.cityB(), source)),
				SisterLinkPayload.Outcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT)), List.of());
	}

	/** The run that wrote the link last: this one, or an earlier one when the link was already as stated. */
	private String importRun(String a, String b, String source) {
		return this.neo4j.query("""
				MATCH (:Entity {id: $a})-[l:SISTER_CITY {source: $source}]-(:Entity {id: $b}) RETURN l.importRun""")
			.bindAll(java.util.Map.of("a", a, "b", b, "source", source)).fetchAs(String.class).one().orElse(null);
	}

	private boolean linked(String a, String b) {
		return this.neo4j.query("RETURN EXISTS { MATCH (:Entity {id: $a})-[:SISTER_CITY]-(:Entity {id: $b}) } AS linked")
			.bindAll(java.util.Map.of("a", a, "b", b)).fetchAs(Boolean.class).one().orElse(false);
	}

}
