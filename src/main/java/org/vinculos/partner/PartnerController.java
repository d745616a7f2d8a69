package org.vinculos.partner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.about.About;
import org.vinculos.agreement.Topics;
import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.CountryCodes;
import org.vinculos.language.Language;
import org.vinculos.network.Networks;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code partnerSuggestions}, says each reason in the language asked, and answers {@code About.partnerRanking}.
 */
@Controller
class PartnerController {

	private static final int MAX_LIMIT = 100;

	private final PartnerService partners;

	private final Networks knownNetworks;

	private final Topics knownTopics;

	PartnerController(PartnerService partners, Networks knownNetworks, Topics knownTopics) {
		this.partners = partners;
		this.knownNetworks = knownNetworks;
		this.knownTopics = knownTopics;
	}

	@QueryMapping
	List<PartnerSuggestion> partnerSuggestions(@Argument String cityId, @Argument @Nullable List<String> topics,
			@Argument @Nullable List<String> countries, @Argument @Nullable List<String> networks,
			@Argument @Nullable Boolean includeDomestic, @Argument @Nullable Integer limit) {
		int size = (limit != null) ? limit : 10;
		if (size < 0 || size > MAX_LIMIT) {
			throw new BadRequestException("Argument 'limit' must be between 0 and " + MAX_LIMIT + ", got: " + size);
		}
		Set<String> topicIds = null;
		if (topics != null) {
			Map<String, String> known = this.knownTopics.idsByName();
			topicIds = new LinkedHashSet<>();
			for (String topic : topics) {
				String id = Topics.idNamed(known, topic);
				if (id == null) {
					throw new BadRequestException("Argument 'topics': unknown topic \"" + topic + "\"; known topics: "
							+ String.join(", ", new TreeSet<>(known.values())));
				}
				topicIds.add(id);
			}
		}
		Set<String> countryCodes = CountryCodes.of("countries", countries);
		Set<String> networkIds = (networks != null) ? new LinkedHashSet<>(networks) : null;
		if (networkIds != null) {
			Set<String> unknown = this.partners.unknownNetworks(networkIds);
			if (!unknown.isEmpty()) {
				throw new BadRequestException("Argument 'networks': unknown network ids " + unknown + unknown.stream()
					.flatMap(name -> this.knownNetworks.idNamed(name).map(id -> "; the network named " + name + " has the id " + id)
						.stream())
					.collect(Collectors.joining()));
			}
		}
		return this.partners.suggest(new PartnerService.Request(cityId, topicIds, countryCodes, networkIds,
				Boolean.TRUE.equals(includeDomestic), size, null));
	}

	@SchemaMapping(typeName = "PartnerReason")
	String detail(PartnerSuggestion.Reason reason, @Argument @Nullable Language language) {
		return reason.detail((language != null) ? language : Language.EN);
	}

	@SchemaMapping(typeName = "About")
	PartnerRankingStatus partnerRanking(About about) {
		return this.partners.ranking();
	}

}
