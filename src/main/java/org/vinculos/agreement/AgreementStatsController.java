package org.vinculos.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.agreement.AgreementStatsRepository.Group;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code agreementStats}. Shares are computed from the counts, never copied from a source's percentages (the
 * SRE book's "total" percentages are unweighted means of the states'); areas are the exception: the book gives only
 * the share of agreements that include each area, and areas overlap.
 */
@Controller
class AgreementStatsController {

	private final AgreementStatsRepository stats;

	AgreementStatsController(AgreementStatsRepository stats) {
		this.stats = stats;
	}

	@QueryMapping
	List<StatRow> agreementStats(@Argument AgreementGrouping groupBy, @Argument @Nullable String source) {
		return switch (groupBy) {
			case STATE -> withShares(this.stats.observed("agreements", "", true, source));
			case COUNTERPART_TYPE -> withShares(this.stats.observed("agreements", "counterpart:", false, source));
			case WORLD_REGION -> withShares(this.stats.observed("agreements", "region:", false, source));
			case PRESIDENTIAL_TERM -> withShares(this.stats.observed("agreements", "term:", false, source));
			case COUNTERPART_COUNTRY -> withShares(this.stats.byCounterpartCountry(source));
			case AREA -> this.stats.observed("agreements_share", "area:", false, source).stream()
				.map(g -> new StatRow(g.key(), g.label(), null, g.value().doubleValue() / 100))
				.toList();
		};
	}

	private static List<StatRow> withShares(List<Group> groups) {
		double total = groups.stream().mapToDouble(g -> g.value().doubleValue()).sum();
		return groups.stream()
			.map(g -> new StatRow(g.key(), g.label(), g.value().longValue(), (total > 0) ? g.value().doubleValue() / total : null))
			.toList();
	}

}
