package org.vinculos.steward;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vinculos.agreement.Agreement;
import org.vinculos.agreement.Agreements;
import org.vinculos.importer.ImportService;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.YearOrDate;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.WriteOutcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Agreements stated or corrected by stewards: {@code createAgreement} (keyed on the Mexican party, the title and the
 * date signed) and {@code updateAgreement} (status, end, registration, topics), each recorded as a run and citing its
 * source.
 */
@Controller
class AgreementCorrectionController {

	private final StewardRepository writes;

	private final ImportService runs;

	private final Agreements agreements;

	AgreementCorrectionController(StewardRepository writes, ImportService runs, Agreements agreements) {
		this.writes = writes;
		this.runs = runs;
		this.agreements = agreements;
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	AgreementPayload createAgreement(@Argument AgreementInput input, Principal principal) {
		List<Problem> errors = new ArrayList<>();
		if (input.title() == null || input.title().isBlank()) {
			errors.add(new Problem("title", Problem.Code.INVALID, "title is required"));
		}
		List<String> counterparts = (input.counterparts() != null) ? input.counterparts() : List.of();
		List<String> ids = new ArrayList<>(counterparts);
		if (input.mexicanParty() != null) {
			ids.add(input.mexicanParty());
		}
		Map<String, StewardRepository.Entity> found = this.writes.entities(ids);
		StewardRepository.Entity mexican = found.get(input.mexicanParty());
		if (mexican == null || !"MX".equals(mexican.country())
				|| !(mexican.labels().contains("City") || mexican.labels().contains("Region"))) {
			errors.add(new Problem("mexicanParty", Problem.Code.NOT_FOUND, "no Mexican city or state has the id "
					+ input.mexicanParty()));
		}
		if (counterparts.isEmpty()) {
			errors.add(new Problem("counterparts", Problem.Code.INVALID, "an agreement needs at least one counterpart"));
		}
		for (int i = 0; i < counterparts.size(); i++) {
			if (!found.containsKey(counterparts.get(i))) {
				errors.add(new Problem("counterparts[" + i + "]", Problem.Code.NOT_FOUND, "nothing has the id " + counterparts.get(i)));
			}
		}
		String level = (input.level() != null) ? input.level()
				: (mexican != null) ? (mexican.labels().contains("Region") ? "state" : "municipal") : null;
		StewardChecks.oneOf(errors, "level", level, ImportService.LEVELS);
		StewardChecks.oneOf(errors, "counterpartType", input.counterpartType(), ImportService.COUNTERPART_TYPES);
		StewardChecks.oneOf(errors, "status", input.status(), ImportService.STATUSES);
		String signed = date(errors, "signed", input.signed());
		String ended = date(errors, "ended", input.ended());
		StewardChecks.signedBeforeEnded(errors, signed, ended);
		List<String> topics = topics(errors, input.topics());
		Checks.source(errors, input.source(), input.sourceUrl());
		if (!errors.isEmpty()) {
			return new AgreementPayload(null, null, errors);
		}
		String id = ImportService.agreementId(input.mexicanParty(), input.title(), signed);
		if (this.agreements.byId(id).isPresent()) {
			return new AgreementPayload(this.agreements.byId(id).get(), null, List.of(new Problem("title", Problem.Code.DUPLICATE,
					"an agreement of this party with this title and date exists (" + id + "); change it with updateAgreement")));
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("title", input.title().strip());
		parameters.put("kind", input.kind());
		parameters.put("level", level);
		parameters.put("mexicanParty", input.mexicanParty());
		parameters.put("counterparts", counterparts);
		parameters.put("counterpartType", input.counterpartType());
		parameters.put("counterpartCountry", found.get(counterparts.getFirst()).country());
		parameters.put("topics", topics);
		parameters.put("signed", signed);
		parameters.put("ended", ended);
		parameters.put("status", input.status());
		parameters.put("registered", input.registered());
		parameters.put("source", Sources.id(input.source().strip()));
		parameters.put("sourceRef", "graphql:createAgreement");
		this.runs.writeOne("graphql:createAgreement", "agreements", id, input.source().strip(), input.sourceUrl(),
				StewardChecks.user(principal), (tx, run, changes) -> {
					parameters.put("run", run);
					StewardRepository.create(tx, parameters);
					return "created";
				});
		return new AgreementPayload(this.agreements.byId(id).orElseThrow(), WriteOutcome.CREATED, List.of());
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	AgreementPayload updateAgreement(@Argument AgreementInput input, Principal principal) {
		List<Problem> errors = new ArrayList<>();
		Optional<Agreement> agreement = (input.id() != null) ? this.agreements.byId(input.id()) : Optional.empty();
		if (agreement.isEmpty()) {
			errors.add(new Problem("id", Problem.Code.NOT_FOUND, "no agreement has the id " + input.id()));
		}
		StewardChecks.oneOf(errors, "status", input.status(), ImportService.STATUSES);
		String ended = date(errors, "ended", input.ended());
		StewardChecks.signedBeforeEnded(errors, agreement.map(Agreement::signed).orElse(null), ended);
		List<String> topics = (input.topics() != null) ? topics(errors, input.topics()) : null;
		Checks.source(errors, input.source(), input.sourceUrl());
		if (!errors.isEmpty()) {
			return new AgreementPayload(null, null, errors);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", input.id());
		parameters.put("status", input.status());
		parameters.put("ended", ended);
		parameters.put("registered", input.registered());
		parameters.put("topics", topics);
		parameters.put("source", Sources.id(input.source().strip()));
		parameters.put("sourceRef", "graphql:updateAgreement");
		String outcome = this.runs.writeOne("graphql:updateAgreement", "agreements", input.id(), input.source().strip(),
				input.sourceUrl(), StewardChecks.user(principal), (tx, run, changes) -> {
					parameters.put("run", run);
					changes.addAll(StewardRepository.update(tx, parameters));
					return changes.isEmpty() ? "unchanged" : "updated";
				});
		return new AgreementPayload(this.agreements.byId(input.id()).orElseThrow(),
				WriteOutcome.valueOf(outcome.toUpperCase(Locale.ROOT)), List.of());
	}

	private List<String> topics(List<Problem> errors, List<String> given) {
		List<String> ids = new ArrayList<>();
		if (given == null) {
			return ids;
		}
		Map<String, String> known = this.writes.topicsByName();
		for (int i = 0; i < given.size(); i++) {
			String id = known.get(given.get(i).strip().toLowerCase(Locale.ROOT));
			if (id == null) {
				errors.add(new Problem("topics[" + i + "]", Problem.Code.INVALID, "unknown topic " + given.get(i)));
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	private static String date(List<Problem> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip()).toString();
		}
		catch (DateTimeParseException ex) {
			String impossible = YearOrDate.impossibleDate(value.strip());
			errors.add(new Problem(field, Problem.Code.INVALID, field + " " + ((impossible != null) ? impossible
					: "must be a date such as 2019-06-30, got: " + value)));
			return null;
		}
	}

}
