package org.vinculos.steward;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.importer.ImportService;
import org.vinculos.provenance.Sources;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import org.vinculos.support.OneRowFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "vinculos.security.accounts=sam:STEWARD:{noop}sam-secret,ana:ANALYST:{noop}ana-secret")
class MembershipMutationIT {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ImportService importer;

	@Test
	void theSameMistakesInAFileRowGetTheSameCodesAndMessagesAtTheColumnsOfTheFields(@TempDir Path directory)
			throws IOException {
		Map<String, Object> wrong = Map.of("member", "inegi:26030", "network", "network:mercociudades", "since", "2020",
				"until", "2019", "source", " ", "sourceUrl", "ftp://example.org/list");

		List<String> errors = OneRowFile.errors(GraphQlClients.overHttp(this.port, "sam", "sam-secret").document("""
				mutation($input: EndMembershipInput!) { endMembership(input: $input) { errors { field code message } } }""")
			.variable("input", wrong).executeSync().field("endMembership.errors").getValue());
		List<String> problems = OneRowFile.problems(this.importer, directory, "members.csv",
				"member_id,member,country,network,since,until,role,source,source_url",
				"inegi:26030,,,network:mercociudades,2020,2019,, ,ftp://example.org/list",
				List.of("member", "member", "country", "network", "since", "until", "role", "source", "sourceUrl"));

		assertThat(errors).hasSize(3);
		assertThat(problems).containsExactlyInAnyOrderElementsOf(errors);
	}

	@Test
	void aStewardAddsAMembershipAndAnAnalystIsRefusedWith403() throws Exception {
		Map<String, Object> input = Map.of("member", "inegi:26030", "network", "network:mercociudades", "since", "2015",
				"source", "Membership mutation test");
		String document = "mutation($input: AddMembershipInput!) { addMembership(input: $input) { outcome errors { code } } }";

		HttpResponse<String> refused = GraphQlClients.post(this.port, "ana", "ana-secret", document, Map.of("input", input));
		ClientGraphQlResponse added = GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(document)
			.variable("input", input).executeSync();

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(added.field("addMembership.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:26030'})-[m:MEMBER_OF]->(:Network {id: 'network:mercociudades'})
				WHERE m.sourceRef = 'graphql:addMembership' RETURN m.since""").fetchAs(Long.class).one()).contains(2015L);
	}

	@Test
	void aMembershipNamingItsNetworkByNameOrWithARoleOfNoFormIsRefusedWithWhatToGiveAndWritesNothing() {
		Map<String, Object> input = Map.of("member", "inegi:26030", "network", "c40", "role", "Founding Member!",
				"source", "Membership refusal test");

		ClientGraphQlResponse refused = GraphQlClients.overHttp(this.port, "sam", "sam-secret")
			.document("mutation($input: AddMembershipInput!) { addMembership(input: $input) { outcome errors { field code message } } }")
			.variable("input", input).executeSync();

		assertThat(refused.field("addMembership.outcome").<String>getValue()).isNull();
		assertThat(refused.field("addMembership.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message")).containsExactly(
					"network NOT_FOUND: no network has the id c40; the network named c40 has the id network:c40",
					"role INVALID: role must be a lower-case word or two (member, founder, president), got: Founding Member!");
		assertThat(this.neo4j.query("MATCH ()-[m:MEMBER_OF {source: 'steward:membership-refusal-test'}]->() RETURN count(m)")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void aStewardEndsAMembershipThatASourceStatesAndOnlySuchAOne() {
		String document = """
				mutation($input: EndMembershipInput!) { endMembership(input: $input) { outcome errors { field code } } }""";
		Map<String, Object> end = Map.of("member", "inegi:26030", "network", "network:mercociudades", "since", "2015",
				"until", "2022", "source", "Membership end mutation test");
		Map<String, Object> notAMember = Map.of("member", "inegi:26030", "network", "network:c40", "until", "2022",
				"source", "Membership end mutation test");
		Map<String, Object> backwards = Map.of("member", "inegi:26030", "network", "network:mercociudades", "since", "2020",
				"until", "2019", "source", "Membership end mutation test");
		GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(
				"mutation($input: AddMembershipInput!) { addMembership(input: $input) { outcome } }")
			.variable("input", Map.of("member", "inegi:26030", "network", "network:mercociudades", "since", "2015",
					"source", "Membership mutation test"))
			.executeSync();

		ClientGraphQlResponse ended = GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(document)
			.variable("input", end).executeSync();
		ClientGraphQlResponse refused = GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(document)
			.variable("input", notAMember).executeSync();
		ClientGraphQlResponse invalid = GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(document)
			.variable("input", backwards).executeSync();

		assertThat(ended.field("endMembership.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(refused.field("endMembership.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("network NO_LINK");
		assertThat(invalid.field("endMembership.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("until INVALID");
		var networks = GraphQlClients.overHttp(this.port).document("""
				{ city(id: "inegi:26030") { networks { networkId since until source } } }""").executeSync()
			.field("city.networks").<List<Map<String, Object>>>getValue();
		assertThat(networks).filteredOn(n -> "network:mercociudades".equals(n.get("networkId")))
			.extracting(n -> n.get("since") + "-" + n.get("until"))
			.contains("2015-2022", "2015-null");
	}

	@Test
	void aStewardWithdrawsOneSourcesStatementOfAMembershipAndTheRunKeepsWhatItSaid() throws Exception {
		String wrong = "Membership removal test: a misread list";
		String add = "mutation($input: AddMembershipInput!) { addMembership(input: $input) { outcome } }";
		String remove = """
				mutation($input: RemoveMembershipInput!) { removeMembership(input: $input) { outcome errors { field code } } }""";
		GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(add).variable("input", Map.of("member",
				"inegi:26030", "network", "network:c40", "since", "2010", "role", "observer", "source", wrong)).executeSync();
		String stated = Sources.id(wrong);
		Map<String, Object> removal = Map.of("member", "inegi:26030", "network", "network:c40", "statedBy", stated,
				"source", "Membership removal test: the network's own list");

		HttpResponse<String> analyst = GraphQlClients.post(this.port, "ana", "ana-secret", remove, Map.of("input", removal));
		ClientGraphQlResponse removed = GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(remove)
			.variable("input", removal).executeSync();
		ClientGraphQlResponse again = GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(remove)
			.variable("input", removal).executeSync();

		assertThat(analyst.statusCode()).isEqualTo(403);
		assertThat(removed.field("removeMembership.outcome").<String>getValue()).isEqualTo("REMOVED");
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:26030'})-[m:MEMBER_OF]->(:Entity {id: 'network:c40'})
				WHERE m.source = $source RETURN count(m)""").bind(stated).to("source").fetchAs(Long.class).one())
			.contains(0L);
		List<Map<String, Map<String, Object>>> changes = GraphQlClients.overHttp(this.port).document("""
				{ importRuns(first: 1, file: "graphql:removeMembership") { changes { edges { node { property was now } } } } }""")
			.executeSync().field("importRuns[0].changes.edges").getValue();
		assertThat(changes).extracting(edge -> edge.get("node").get("property") + ": " + edge.get("node").get("was")
				+ " → " + edge.get("node").get("now"))
			.containsExactly("membership: stated → null", "role: observer → null", "since: 2010 → null");
		assertThat(again.field("removeMembership.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("statedBy NO_LINK");
	}

}
