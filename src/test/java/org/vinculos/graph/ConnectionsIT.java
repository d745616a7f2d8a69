package org.vinculos.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ConnectionsIT {

	private static final String CONNECTIONS = """
			query Connections($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
			  connections(fromId: $from, toId: $to, maxHops: $maxHops, limit: $limit) {
			    length
			    hops { from { id label } to { id label } type source sourceRef }
			  }
			}""";

	@LocalServerPort
	int port;

	@Test
	void tijuanaAndSanDiegoAreRelatedDirectlyInSeveralSourcedWays() {
		List<Map<String, Object>> paths = connections(Map.of("from", "inegi:02004", "to", "geonames:5391811", "limit", 10))
			.field("connections").getValue();

		assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path).containsEntry("length", 1));
		assertThat(paths).extracting(path -> (Object) ((Map<?, ?>) ((List<?>) path.get("hops")).getFirst()).get("type"))
			.contains("CROSS_BORDER", "NAMED_MIRROR");
		assertThat(paths).allSatisfy(path -> assertThat(((Map<?, ?>) ((List<?>) path.get("hops")).getFirst()).get("source"))
			.isNotNull());
	}

	@Test
	void twoStatesConnectThroughWhatTheyShareAndEachHopReadsFromTheFirstToTheSecond() {
		List<Map<String, Object>> paths = connections(Map.of("from", "MX-05", "to", "MX-14", "maxHops", 2))
			.field("connections").getValue();

		assertThat(paths).isNotEmpty().allSatisfy(path -> {
			List<Map<String, Map<String, Object>>> hops = (List<Map<String, Map<String, Object>>>) path.get("hops");
			assertThat(hops.getFirst().get("from").get("id")).isEqualTo("MX-05");
			assertThat(hops.getLast().get("to").get("id")).isEqualTo("MX-14");
		});
	}

	@Test
	void moreThanFourHopsIsABadRequestAndAnUnknownNodeIsNull() {
		assertThat(connections(Map.of("from", "MX-05", "to", "MX-14", "maxHops", 5)).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("'maxHops'"));
		assertThat(connections(Map.of("from", "MX-05", "to", "MX-05")).getErrors()).singleElement()
			.satisfies(error -> {
				assertThat(error.getMessage())
					.isEqualTo("Arguments 'fromId' and 'toId' are the same entity, MX-05; a connection joins two");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getPath()).isEqualTo("connections");
			});
		var node = GraphQlClients.overHttp(this.port)
			.document("{ known: node(id: \"network:c40\") { label type } unknown: node(id: \"nothing:here\") { label } }")
			.executeSync();
		assertThat(node.getErrors()).isEmpty();
		assertThat(node.field("known.type").<String>getValue()).isEqualTo("NETWORK");
		assertThat(node.field("unknown").<Object>getValue()).isNull();
	}

	private ClientGraphQlResponse connections(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).document(CONNECTIONS).variables(variables).executeSync();
	}

}
