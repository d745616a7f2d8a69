package org.vinculos.steward;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.city.SisterLink;
import org.vinculos.provenance.ImportChange;
import org.vinculos.importer.ImportService;
import org.vinculos.importer.YearOrDate;
import org.vinculos.provenance.Sources;
import org.vinculos.steward.SisterLinkPayload.StewardError;
import org.vinculos.steward.SisterLinkPayload.StewardError.Code;

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

	private final StewardRepository repository;

	SisterLinkCorrectionController(ImportService writer, Cities cities, StewardRepository repository) {
		this.writer = writer;
		this.cities = cities;
		this.repository = repository;
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
		Map<String, City> found = cities(input.cityA(), input.cityB(), errors);
		if (input.cityA().equals(input.cityB())) {
			errors.add(new StewardError("cityB", Code.INVALID, "a city cannot be its own sister city"));
		}
		YearOrDate since = StewardChecks.yearOrDate(errors, "since", input.since());
		YearOrDate until = StewardChecks.yearOrDate(errors, "until", input.until());
		StewardChecks.period(errors, since, until);
		String status = end ? "ended" : input.status();
		StewardChecks.oneOf(errors, "status", status, ImportService.STATUSES);
		StewardChecks.source(errors, input.source(), input.sourceUrl());
		if (end && errors.isEmpty() && !this.repository.linked(input.cityA(), input.cityB())) {
			errors.add(new StewardError("cityB", Code.NO_LINK, "no source states a link between " + input.cityA() + " and "
					+ input.cityB() + " to end"));
		}
		if (!errors.isEmpty()) {
			return SisterLinkPayload.failed(errors);
		}
		String outcome = this.writer.writeSisterLink(input.cityA(), input.cityB(), since, until, status,
				input.source().strip(), input.sourceUrl(), operation, StewardChecks.user(principal));
		City other = found.get(input.cityB());
		String source = Sources.id(input.source().strip());
		return new SisterLinkPayload(new SisterLink(other, (since != null) ? since.year() : null,
				(until != null) ? until.year() : null, status, source, operation,
				this.repository.linkRun(input.cityA(), input.cityB(), source)),
				SisterLinkPayload.Outcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT)), List.of());
	}

	/** The withdrawal of one source's statement of a link, and the evidence for it. */
	record RemoveSisterLinkInput(String cityA, String cityB, String statedBy, String source, String sourceUrl) {
	}

	/** What removeSisterLink did, or why it did nothing. */
	record RemovalPayload(SisterLinkPayload.Outcome outcome, List<StewardError> errors) {
	}

	/**
	 * Deletes the link as one source states it, keeping its values in the run's changes, so that a statement found
	 * wrong leaves the graph without its history being lost; the other sources' statements stay.
	 */
	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	RemovalPayload removeSisterLink(@Argument RemoveSisterLinkInput input, Principal principal) {
		List<StewardError> errors = new ArrayList<>();
		cities(input.cityA(), input.cityB(), errors);
		StewardChecks.source(errors, input.source(), input.sourceUrl());
		if (errors.isEmpty()) {
			List<String> sources = this.repository.linkSources(input.cityA(), input.cityB());
			if (!sources.contains(input.statedBy())) {
				errors.add(new StewardError("statedBy", Code.NO_LINK, "no link between " + input.cityA() + " and "
						+ input.cityB() + " is stated by " + input.statedBy() + (sources.isEmpty() ? "; no source states one"
								: "; the link is stated by " + String.join(", ", sources))));
			}
		}
		if (!errors.isEmpty()) {
			return new RemovalPayload(null, errors);
		}
		String outcome = this.writer.writeOne("graphql:removeSisterLink", "sister-links",
				input.cityA() + "|" + input.cityB() + "|" + input.statedBy(), input.source().strip(), input.sourceUrl(),
				StewardChecks.user(principal), (tx, run, changes) -> {
					List<ImportChange> removed = StewardRepository.removeSisterLink(tx, input.cityA(), input.cityB(),
							input.statedBy(), "graphql:removeSisterLink");
					changes.addAll(removed);
					// The run counts a withdrawn statement as a fact it changed; its changes say how.
					return removed.isEmpty() ? "unchanged" : "updated";
				});
		return new RemovalPayload(outcome.equals("updated") ? SisterLinkPayload.Outcome.REMOVED
				: SisterLinkPayload.Outcome.UNCHANGED, List.of());
	}

	/** The two cities a link joins, by id; an id of no city adds a NOT_FOUND error on its field. */
	private Map<String, City> cities(String cityA, String cityB, List<StewardError> errors) {
		Map<String, City> found = this.cities.byIds(List.of(cityA, cityB));
		for (String field : List.of("cityA", "cityB")) {
			String id = field.equals("cityA") ? cityA : cityB;
			if (!found.containsKey(id)) {
				errors.add(new StewardError(field, Code.NOT_FOUND, "no city has the id " + id));
			}
		}
		return found;
	}

}
