package org.vinculos.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

@IntegrationTest
class AgreementStatsIT {

	@LocalServerPort
	int port;

	@Test
	void byStateTheRegistrySnapshotGivesEveryStateWithSharesComputedFromCounts() {
		List<Map<String, Object>> rows = stats("STATE");

		assertThat(rows).hasSize(32);
		assertThat(rows.getFirst()).containsEntry("key", "MX-14").containsEntry("label", "Jalisco").containsEntry("count", 210);
		assertThat((Double) rows.getFirst().get("share")).isCloseTo(210 / 1350.0, offset(1e-9));
		assertThat(rows.stream().mapToInt(r -> (Integer) r.get("count")).sum()).isEqualTo(1350);
	}

	@Test
	void byCounterpartTypeRegionAndTermTheNationalBreakdownsAddUpTo1350() {
		for (String grouping : List.of("COUNTERPART_TYPE", "WORLD_REGION", "PRESIDENTIAL_TERM")) {
			List<Map<String, Object>> rows = stats(grouping);
			assertThat(rows.stream().mapToInt(r -> (Integer) r.get("count")).sum()).as(grouping).isEqualTo(1350);
			assertThat(rows.stream().mapToDouble(r -> (Double) r.get("share")).sum()).as(grouping).isCloseTo(1.0, offset(1e-9));
		}
		assertThat(stats("COUNTERPART_TYPE").getFirst()).containsEntry("key", "governmental").containsEntry("count", 772);
	}

	@Test
	void byAreaTheBooksSharesStandWithoutInventedCounts() {
		List<Map<String, Object>> rows = stats("AREA");

		assertThat(rows).hasSize(10);
		assertThat(rows.getFirst()).containsEntry("key", "topic:education").containsEntry("count", null);
		assertThat((Double) rows.getFirst().get("share")).isCloseTo(0.5959, offset(1e-9));
	}

	@Test
	void byCounterpartCountryTheAgreementsOfTheGraphAreCounted() {
		assertThat(stats("COUNTERPART_COUNTRY")).anySatisfy(row -> assertThat(row).containsEntry("key", "US"));
	}

	private List<Map<String, Object>> stats(String grouping) {
		var response = GraphQlClients.overHttp(this.port)
			.document("query($g: AgreementGrouping!) { agreementStats(groupBy: $g) { key label count share } }")
			.variable("g", grouping)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response.field("agreementStats").getValue();
	}

}
