package org.vinculos.steward;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.graph.Entities;
import org.vinculos.network.MembershipRules;
import org.vinculos.network.MembershipStatement;
import org.vinculos.network.MembershipWriter;
import org.vinculos.network.Networks;
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
 * {@code addMembership} and {@code endMembership}: a city or state's membership of a network, or its end, as a steward
 * states it, written like one row of a memberships file.
 */
@Controller
class MembershipCorrectionController {

	private final FactWrites writes;

	private final StewardRepository repository;

	private final Entities entities;

	private final Networks networks;

	MembershipCorrectionController(FactWrites writes, StewardRepository repository, Entities entities,
			Networks networks) {
		this.repository = repository;
		this.writes = writes;
		this.entities = entities;
		this.networks = networks;
	}

	/** The membership as a steward states it. */
	record MembershipInput(String member, String network, String since, String role, String source, String sourceUrl) {
	}

	/** What addMembership or endMembership did. */
	record MembershipPayload(@Nullable WriteOutcome outcome, List<Problem> errors) {
	}

	/** The end of a membership as a steward states it. */
	record EndMembershipInput(String member, String network, @Nullable String since, String until, String source,
			@Nullable String sourceUrl) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	MembershipPayload addMembership(@Argument MembershipInput input, Principal principal) {
		return write(input.member(), input.network(), input.since(), null, input.role(), input.source(), input.sourceUrl(),
				"graphql:addMembership", principal);
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	MembershipPayload endMembership(@Argument EndMembershipInput input, Principal principal) {
		return write(input.member(), input.network(), input.since(), input.until(), null, input.source(),
				input.sourceUrl(), "graphql:endMembership", principal);
	}

	/** The withdrawal of one source's statement of a membership, and the evidence for it. */
	record RemoveMembershipInput(String member, String network, String statedBy, String source, @Nullable String sourceUrl) {
	}

	/**
	 * Deletes the membership as one source states it, keeping its values in the run's changes, as removeSisterLink does
	 * for a link; the other sources' statements stay.
	 */
	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	MembershipPayload removeMembership(@Argument RemoveMembershipInput input, Principal principal) {
		List<Problem> errors = new ArrayList<>();
		checkParties(input.member(), input.network(), errors);
		Checks.source(errors, input.source(), input.sourceUrl());
		if (errors.isEmpty()) {
			List<String> sources = this.repository.membershipSources(input.member(), input.network());
			if (!sources.contains(input.statedBy())) {
				errors.add(new Problem("statedBy", Problem.Code.NO_LINK, "no membership of " + input.member() + " in "
						+ input.network() + " is stated by " + input.statedBy() + (sources.isEmpty() ? "; no source states one"
								: "; the membership is stated by " + String.join(", ", sources))));
			}
		}
		if (!errors.isEmpty()) {
			return new MembershipPayload(null, errors);
		}
		WriteOutcome outcome = this.writes.change("graphql:removeMembership", FactKind.MEMBERSHIPS,
				input.member() + "|" + input.network() + "|" + input.statedBy(),
				new Sources.Cited(input.source().strip(), input.sourceUrl()), StewardChecks.user(principal),
				StewardRepository.removeMembership(input.member(), input.network(), input.statedBy(),
						"graphql:removeMembership"));
		return new MembershipPayload((outcome == WriteOutcome.UPDATED) ? WriteOutcome.REMOVED : WriteOutcome.UNCHANGED,
				List.of());
	}

	/** The member must be a city or state, the network a network (one given by name is told its id). */
	private void checkParties(String memberId, String networkId, List<Problem> errors) {
		Map<String, Entities.Entity> found = this.entities.byIds(List.of(memberId, networkId));
		if (!isMember(found.get(memberId))) {
			errors.add(new Problem("member", Problem.Code.NOT_FOUND, "no city or state has the id " + memberId));
		}
		Entities.Entity network = found.get(networkId);
		if (network == null || !network.labels().contains("Network")) {
			errors.add(new Problem("network", Problem.Code.NOT_FOUND, "no network has the id " + networkId
					+ this.networks.idNamed(networkId).map(id -> "; the network named " + networkId + " has the id " + id)
						.orElse("")));
		}
	}

	private MembershipPayload write(String memberId, String networkId, @Nullable String sinceText,
			@Nullable String untilText, @Nullable String role, String source, @Nullable String sourceUrl,
			String operation, Principal principal) {
		MembershipStatement membership = new MembershipStatement(memberId, networkId, sinceText, untilText, null, role,
				source, sourceUrl);
		Map<String, Entities.Entity> found = this.entities.byIds(List.of(memberId, networkId));
		MembershipRules.Checked checked = MembershipRules.check(membership, id -> isMember(found.get(id)),
				id -> found.containsKey(id) && found.get(id).labels().contains("Network"), this.networks::idNamed);
		List<Problem> errors = new ArrayList<>(checked.problems());
		if (operation.equals("graphql:endMembership") && errors.isEmpty() && !this.repository.member(memberId, networkId)) {
			errors.add(new Problem("network", Problem.Code.NO_LINK, "no source states that " + memberId + " is a member of "
					+ networkId));
		}
		if (!errors.isEmpty()) {
			return new MembershipPayload(null, errors);
		}
		WriteOutcome outcome = this.writes.write(operation, FactKind.MEMBERSHIPS, memberId + "|" + networkId,
				MembershipWriter.WRITER, List.of(MembershipWriter.row(membership, checked, operation)),
				StewardChecks.user(principal));
		return new MembershipPayload(outcome, List.of());
	}

	private static boolean isMember(Entities.@Nullable Entity entity) {
		return entity != null && (entity.labels().contains("City") || entity.labels().contains("Region"));
	}

}
