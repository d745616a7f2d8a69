package org.vinculos.steward;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vinculos.importer.ImportService;
import org.vinculos.importer.YearOrDate;
import org.vinculos.steward.SisterLinkPayload.Outcome;
import org.vinculos.steward.SisterLinkPayload.StewardError;
import org.vinculos.steward.SisterLinkPayload.StewardError.Code;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code addMembership}: a city or state's membership of a network as a steward states it, written like one row of a
 * memberships file.
 */
@Controller
class MembershipCorrectionController {

	private final ImportService writer;

	private final StewardRepository entities;

	MembershipCorrectionController(ImportService writer, StewardRepository entities) {
		this.writer = writer;
		this.entities = entities;
	}

	/** The membership as a steward states it. */
	record MembershipInput(String member, String network, String since, String role, String source, String sourceUrl) {
	}

	/** What addMembership did. */
	record MembershipPayload(Outcome outcome, List<StewardError> errors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	MembershipPayload addMembership(@Argument MembershipInput input, Principal principal) {
		List<StewardError> errors = new ArrayList<>();
		Map<String, StewardRepository.Entity> found = this.entities.entities(List.of(input.member(), input.network()));
		StewardRepository.Entity member = found.get(input.member());
		if (member == null || !(member.labels().contains("City") || member.labels().contains("Region"))) {
			errors.add(new StewardError("member", Code.NOT_FOUND, "no city or state has the id " + input.member()));
		}
		StewardRepository.Entity network = found.get(input.network());
		if (network == null || !network.labels().contains("Network")) {
			errors.add(new StewardError("network", Code.NOT_FOUND, "no network has the id " + input.network()));
		}
		YearOrDate since = StewardChecks.yearOrDate(errors, "since", input.since());
		StewardChecks.source(errors, input.source(), input.sourceUrl());
		if (!errors.isEmpty()) {
			return new MembershipPayload(null, errors);
		}
		String outcome = this.writer.writeMembership(input.member(), input.network(), since, input.role(),
				input.source().strip(), input.sourceUrl(), "graphql:addMembership",
				StewardChecks.user(principal));
		return new MembershipPayload(Outcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT)), List.of());
	}

}
