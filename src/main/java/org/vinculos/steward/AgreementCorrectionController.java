package org.vinculos.steward;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.vinculos.agreement.Agreement;
import org.vinculos.agreement.AgreementRules;
import org.vinculos.agreement.AgreementStatement;
import org.vinculos.agreement.AgreementWriter;
import org.vinculos.agreement.Agreements;
import org.vinculos.agreement.Topics;
import org.vinculos.graph.Entities;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWrites;
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

	private final Entities entities;

	private final Topics topics;

	private final FactWrites writes;

	private final Agreements agreements;

	AgreementCorrectionController(Entities entities, Topics topics, FactWrites writes, Agreements agreements) {
		this.entities = entities;
		this.topics = topics;
		this.writes = writes;
		this.agreements = agreements;
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	AgreementPayload createAgreement(@Argument AgreementInput input, Principal principal) {
		List<String> counterparts = (input.counterparts() != null) ? input.counterparts() : List.of();
		List<String> ids = new ArrayList<>(counterparts);
		if (input.mexicanParty() != null) {
			ids.add(input.mexicanParty());
		}
		Map<String, Entities.Entity> found = this.entities.byIds(ids);
		Entities.Entity mexican = found.get(input.mexicanParty());
		List<Problem> errors = new ArrayList<>();
		List<String> topics = topics(errors, input.topics());
		// The level, when not given, is the Mexican party's.
		String level = (input.level() != null) ? input.level()
				: (mexican != null) ? (mexican.labels().contains("Region") ? "state" : "municipal") : null;
		AgreementStatement agreement = new AgreementStatement(input.title(), input.kind(), level, input.mexicanParty(),
				counterparts, input.counterpartType(), topics, input.signed(), input.ended(), input.status(),
				input.registered(), input.source(), input.sourceUrl());
		AgreementRules.Checked checked = AgreementRules.check(agreement, id -> isMexicanParty(found.get(id)),
				found::containsKey);
		errors.addAll(0, checked.problems());
		if (!errors.isEmpty()) {
			return new AgreementPayload(null, null, errors);
		}
		String id = AgreementWriter.id(Objects.requireNonNull(input.mexicanParty(),
				"the Mexican party passed its rules"),
				Objects.requireNonNull(input.title(), "the title passed its rules"), checked.signed());
		if (this.agreements.byId(id).isPresent()) {
			return new AgreementPayload(this.agreements.byId(id).get(), null, List.of(new Problem("title", Problem.Code.DUPLICATE,
					"an agreement of this party with this title and date exists (" + id + "); change it with updateAgreement")));
		}
		String operation = "graphql:createAgreement";
		this.writes.write(operation, FactKind.AGREEMENTS, id, AgreementWriter.WRITER,
				AgreementWriter.rows(agreement, checked, operation), StewardChecks.user(principal));
		return new AgreementPayload(this.agreements.byId(id).orElseThrow(), WriteOutcome.CREATED, List.of());
	}

	private static boolean isMexicanParty(Entities.@Nullable Entity entity) {
		return entity != null && "MX".equals(entity.country())
				&& (entity.labels().contains("City") || entity.labels().contains("Region"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	AgreementPayload updateAgreement(@Argument AgreementInput input, Principal principal) {
		List<Problem> errors = new ArrayList<>();
		Optional<Agreement> agreement = (input.id() != null) ? this.agreements.byId(input.id()) : Optional.empty();
		if (agreement.isEmpty()) {
			errors.add(new Problem("id", Problem.Code.NOT_FOUND, "no agreement has the id " + input.id()));
		}
		Checks.oneOf(errors, "status", input.status(), AgreementStatement.STATUSES);
		String ended = AgreementRules.fullDate(errors, "ended", input.ended());
		AgreementRules.endedAfterSigned(errors, agreement.map(Agreement::signed).orElse(null), ended);
		List<String> topics = (input.topics() != null) ? topics(errors, input.topics()) : null;
		Checks.source(errors, input.source(), input.sourceUrl());
		if (!errors.isEmpty()) {
			return new AgreementPayload(null, null, errors);
		}
		String operation = "graphql:updateAgreement";
		WriteOutcome outcome = this.writes.change(operation, FactKind.AGREEMENTS, input.id(),
				new Sources.Cited(input.source().strip(), input.sourceUrl()), StewardChecks.user(principal),
				AgreementWriter.update(new AgreementWriter.Correction(input.id(), input.status(), ended, input.registered(),
						topics, input.source().strip()), operation));
		return new AgreementPayload(this.agreements.byId(input.id()).orElseThrow(), outcome, List.of());
	}

	private List<String> topics(List<Problem> errors, List<String> given) {
		List<String> ids = new ArrayList<>();
		if (given == null) {
			return ids;
		}
		Map<String, String> known = this.topics.idsByName();
		for (int i = 0; i < given.size(); i++) {
			String id = Topics.idNamed(known, given.get(i));
			if (id == null) {
				errors.add(new Problem("topics[" + i + "]", Problem.Code.INVALID, "unknown topic " + given.get(i)));
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

}
