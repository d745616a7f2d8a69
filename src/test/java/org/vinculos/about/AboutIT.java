package org.vinculos.about;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AboutIT {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aboutOverHttpNamesTheDatabaseAndCountsEveryLabel() {
		var response = GraphQlClients.overHttp(this.port).documentName("about").executeSync();

		assertThat(response.isValid()).isTrue();
		assertThat(response.field("about.database").<String>getValue()).isEqualTo("EXTERNAL");
		assertThat(response.field("about.neo4jVersion").<String>getValue()).startsWith("2026.");
		assertThat(response.field("about.neo4jEdition").<String>getValue()).isEqualToIgnoringCase("community");
		assertThat(response.field("about.version").<String>getValue()).isNotBlank();

		List<LabelCount> counts = response.field("about.counts").toEntityList(LabelCount.class);
		assertThat(counts).isNotEmpty().extracting(LabelCount::label).doesNotContainAnyElementsOf(List.of("__Seed", "__Neo4jMigration"));
		for (LabelCount count : counts) {
			long actual = this.neo4j.query("MATCH (n) WHERE $label IN labels(n) RETURN count(n)")
				.bind(count.label()).to("label")
				.fetchAs(Long.class).one().orElseThrow();
			assertThat(count.count()).as(count.label()).isEqualTo(actual);
		}
	}

}
