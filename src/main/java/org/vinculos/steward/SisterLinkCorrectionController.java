package org.vinculos.steward;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.city.SisterLink;
import org.vinculos.city.SisterLinkRules;
import org.vinculos.city.SisterLinkStatement;
import org.vinculos.city.SisterLinkWriter;
import org.vinculos.database.Stored;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWrites;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.WriteOutcome;
import org.vinculos.provenance.YearOrDate;

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

	private final FactWrites writes;

	private final Cities cities;

	private final StewardRepository repository;

	SisterLinkCorrectionController(FactWrites writes, Cities cities, StewardRepository repository) {
		this.writes = writes;
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
		SisterLinkStatement link = new SisterLinkStatement(input.cityA(), input.cityB(), input.since(), input.until(),
				end ? "ended" : input.status(), input.source(), input.sourceUrl());
		Map<String, City> found = this.cities.byIds(List.of(input.cityA(), input.cityB()));
		SisterLinkRules.Checked checked = SisterLinkRules.check(link, found::containsKey);
		List<Problem> errors = new ArrayList<>(checked.problems());
		if (end && errors.isEmpty() && !this.repository.linked(input.cityA(), input.cityB())) {
			errors.add(new Problem("cityB", Problem.Code.NO_LINK, "no source states a link between " + input.cityA() + " and "
					+ input.cityB() + " to end"));
		}
		if (!errors.isEmpty()) {
			return SisterLinkPayload.failed(errors);
		}
		WriteOutcome outcome = this.writes.write(operation, FactKind.SISTER_LINKS, link.cityA() + "|" + link.cityB(),
				SisterLinkWriter.WRITER, List.of(SisterLinkWriter.row(link, checked, operation)), StewardChecks.user(principal));
		String source = Sources.id(input.source().strip());
		YearOrDate since = checked.since();
		YearOrDate until = checked.until();
		return new SisterLinkPayload(new SisterLink(Stored.nonNull(found.get(input.cityB())),
				(since != null) ? since.year() : null,
				(until != null) ? until.year() : null, link.status(), source, operation,
				this.repository.linkRun(input.cityA(), input.cityB(), source)), outcome, List.of());
	}

	/** The withdrawal of one source's statement of a link, and the evidence for it. */
	record RemoveSisterLinkInput(String cityA, String cityB, String statedBy, String source, @Nullable String sourceUrl) {
	}

	/** What removeSisterLink did, or why it did nothing. */
	record RemovalPayload(@Nullable WriteOutcome outcome, List<Problem> errors) {
	}

	/**
	 * Deletes the link as one source states it, keeping its values in the run's changes, so that a statement found
	 * wrong leaves the graph without its history being lost; the other sources' statements stay.
	 */
	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	RemovalPayload removeSisterLink(@Argument RemoveSisterLinkInput input, Principal principal) {
		List<Problem> errors = new ArrayList<>();
		cities(input.cityA(), input.cityB(), errors);
		Checks.source(errors, input.source(), input.sourceUrl());
		if (errors.isEmpty()) {
			List<String> sources = this.repository.linkSources(input.cityA(), input.cityB());
			if (!sources.contains(input.statedBy())) {
				errors.add(new Problem("statedBy", Problem.Code.NO_LINK, "no link between " + input.cityA() + " and "
						+ input.cityB() + " is stated by " + input.statedBy() + (sources.isEmpty() ? "; no source states one"
								: "; the link is stated by " + String.join(", ", sources))));
			}
		}
		if (!errors.isEmpty()) {
			return new RemovalPayload(null, errors);
		}
		WriteOutcome outcome = this.writes.change("graphql:removeSisterLink", FactKind.SISTER_LINKS,
				input.cityA() + "|" + input.cityB() + "|" + input.statedBy(),
				new Sources.Cited(input.source().strip(), input.sourceUrl()), StewardChecks.user(principal),
				StewardRepository.removeSisterLink(input.cityA(), input.cityB(), input.statedBy(), "graphql:removeSisterLink"));
		return new RemovalPayload((outcome == WriteOutcome.UPDATED) ? WriteOutcome.REMOVED : WriteOutcome.UNCHANGED,
				List.of());
	}

	/** The two cities a link joins, by id; an id of no city adds a NOT_FOUND error on its field. */
	private Map<String, City> cities(String cityA, String cityB, List<Problem> errors) {
		Map<String, City> found = this.cities.byIds(List.of(cityA, cityB));
		for (String field : List.of("cityA", "cityB")) {
			String id = field.equals("cityA") ? cityA : cityB;
			if (!found.containsKey(id)) {
				errors.add(new Problem(field, Problem.Code.NOT_FOUND, "no city has the id " + id));
			}
		}
		return found;
	}

}
