package org.vinculos.steward;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
@TestPropertySource(properties = "vinculos.security.accounts=ana:ANALYST:{noop}ana-secret,sam:STEWARD:{noop}sam-secret")
class SisterLinkMutationIT {

	private static final Map<String, Object> MONTERREY_OULU = Map.of("cityA", "inegi:19039", "cityB", "geonames:643492",
			"since", "2004", "status", "active", "source", "Mutation test: acta de cabildo de Monterrey");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ImportService importer;

	@Test
	void aStewardAddsALinkOnceAndEndsItAsAnotherSourceStates() {
		ClientGraphQlResponse added = steward("addSisterLink", MONTERREY_OULU);
		ClientGraphQlResponse again = steward("addSisterLink", MONTERREY_OULU);
		ClientGraphQlResponse ended = steward("endSisterLink", Map.of("cityA", "inegi:19039", "cityB", "geonames:643492",
				"until", "2019-12-31", "source", "Mutation test: acta de cabildo de 2019"));

		assertThat(added.field("addSisterLink.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(added.field("addSisterLink.link.city.name").<String>getValue()).isEqualTo("Oulu");
		assertThat(added.field("addSisterLink.link.since").<Integer>getValue()).isEqualTo(2004);
		assertThat(again.field("addSisterLink.outcome").<String>getValue()).isEqualTo("UNCHANGED");
		assertThat(added.field("addSisterLink.link.importRun").<Map<String, Object>>getValue())
			.containsEntry("file", "graphql:addSisterLink").containsEntry("user", "sam");
		assertThat(again.field("addSisterLink.link.importRun.id").<String>getValue()).as("the run that wrote the link")
			.isEqualTo(added.field("addSisterLink.link.importRun.id").getValue());
		assertThat(ended.field("endSisterLink.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:19039'})-[l:SISTER_CITY]-(:Entity {id: 'geonames:643492'}), (s:Source {id: l.source})
				RETURN s.name + ': ' + coalesce(l.status, '') + ' ' + coalesce(toString(l.until), '') AS statement
				ORDER BY statement""").fetchAs(String.class).all())
			.containsExactly("Mutation test: acta de cabildo de 2019: ended 2019",
					"Mutation test: acta de cabildo de Monterrey: active ");
		var runs = GraphQlClients.overHttp(this.port).document("{ importRuns(first: 3) { file user created unchanged } }")
			.executeSync().field("importRuns").<List<Map<String, Object>>>getValue();
		assertThat(runs).first().satisfies(run -> assertThat(run).containsEntry("file", "graphql:endSisterLink")
			.containsEntry("user", "sam"));
	}

	@Test
	void stewardsAddingTheSameLinkAtOnceWriteItOnce() throws Exception {
		String source = "Mutation test: registro que ocho personas citan a la vez";
		steward("addSisterLink", Map.of("cityA", "inegi:14039", "cityB", "geonames:3094802", "source", source));
		Map<String, Object> link = Map.of("cityA", "inegi:14039", "cityB", "geonames:2988507", "since", "2011", "source",
				source);
		CyclicBarrier start = new CyclicBarrier(8);
		Callable<String> add = () -> {
			start.await();
			return steward("addSisterLink", link).field("addSisterLink.outcome").getValue();
		};

		List<String> outcomes = new ArrayList<>();
		try (ExecutorService stewards = Executors.newFixedThreadPool(8)) {
			for (Future<String> outcome : stewards.invokeAll(Collections.nCopies(8, add))) {
				outcomes.add(outcome.get());
			}
		}

		assertThat(outcomes).containsOnlyOnce("CREATED").containsOnly("CREATED", "UNCHANGED");
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:14039'})-[l:SISTER_CITY]-(:Entity {id: 'geonames:2988507'})
				MATCH (:Source {id: l.source, name: $source})
				RETURN count(l)""").bind(source).to("source").fetchAs(Long.class).one()).contains(1L);
	}

	@Test
	void expectedFailuresAreTypedErrorsAndWriteNothing() {
		long before = links();

		ClientGraphQlResponse unknown = steward("addSisterLink", Map.of("cityA", "inegi:99999", "cityB", "geonames:643492",
				"since", "20", "source", "Mutation test"));
		ClientGraphQlResponse notLinked = steward("endSisterLink", Map.of("cityA", "inegi:14039", "cityB", "inegi:19039",
				"until", "2020", "source", "Mutation test"));
		ClientGraphQlResponse backwards = steward("addSisterLink", Map.of("cityA", "inegi:14039", "cityB", "geonames:643492",
				"since", "2010", "until", "2001", "source", "Mutation test"));

		assertThat(unknown.getErrors()).isEmpty();
		assertThat(unknown.field("addSisterLink.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code"))
			.containsExactly("cityA NOT_FOUND", "since INVALID");
		assertThat(unknown.field("addSisterLink.link").<Object>getValue()).isNull();
		assertThat(notLinked.field("endSisterLink.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("code")).containsExactly("NO_LINK");
		assertThat(backwards.field("addSisterLink.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message"))
			.containsExactly("until INVALID: until (2001) is before since (2010)");
		assertThat(links()).isEqualTo(before);
	}

	@Test
	void withoutTheStewardRoleAMutationIsRefusedWith401Or403AndChangesNothing() throws Exception {
		long before = links();
		String mutation = "mutation($input: AddSisterLinkInput!) { addSisterLink(input: $input) { outcome } }";
		Map<String, Object> input = Map.of("input", Map.of("cityA", "inegi:14039", "cityB", "geonames:643492", "source",
				"Refused"));

		HttpResponse<String> anonymous = GraphQlClients.post(this.port, null, null, mutation, input);
		HttpResponse<String> analyst = GraphQlClients.post(this.port, "ana", "ana-secret", mutation, input);
		HttpResponse<String> analystReads = GraphQlClients.post(this.port, "ana", "ana-secret",
				"{ city(id: \"inegi:14039\") { name } }", Map.of());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertThat(anonymous.body()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("outcome");
		assertThat(analyst.statusCode()).isEqualTo(403);
		assertThat(analyst.body()).contains("\"classification\":\"FORBIDDEN\"").doesNotContain("outcome");
		assertThat(analystReads.statusCode()).isEqualTo(200);
		assertThat(analystReads.body()).contains("Guadalajara");
		assertThat(links()).isEqualTo(before);
	}

	@Test
	void aStewardWithdrawsOneSourcesStatementOfALinkAndTheRunKeepsWhatItSaid() throws Exception {
		String wrong = "Removal test: a misread list";
		String right = "Removal test: the council's register";
		steward("addSisterLink", Map.of("cityA", "inegi:19039", "cityB", "inegi:05020", "since", "1999", "source", wrong));
		steward("addSisterLink", Map.of("cityA", "inegi:05020", "cityB", "inegi:19039", "source", right));
		Map<String, Object> removal = Map.of("cityA", "inegi:05020", "cityB", "inegi:19039", "statedBy",
				Sources.id(wrong), "source", "Removal test: the list's erratum");

		HttpResponse<String> analyst = GraphQlClients.post(this.port, "ana", "ana-secret",
				"mutation($input: RemoveSisterLinkInput!) { removeSisterLink(input: $input) { outcome } }",
				Map.of("input", removal));
		ClientGraphQlResponse removed = steward("removeSisterLink", removal);
		ClientGraphQlResponse again = steward("removeSisterLink", removal);

		assertThat(analyst.statusCode()).isEqualTo(403);
		assertThat(removed.field("removeSisterLink.outcome").<String>getValue()).isEqualTo("REMOVED");
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:19039'})-[l:SISTER_CITY]-(:Entity {id: 'inegi:05020'}) RETURN l.source""")
			.fetchAs(String.class).all()).containsExactly(Sources.id(right));
		List<Map<String, Map<String, Object>>> changes = GraphQlClients.overHttp(this.port).document("""
				{ importRuns(first: 1, file: "graphql:removeSisterLink") { user updated
				  changes { edges { node { at fact property was now } } } } }""").executeSync()
			.field("importRuns[0].changes.edges").getValue();
		assertThat(changes).extracting(edge -> edge.get("node").get("property") + ": " + edge.get("node").get("was")
				+ " → " + edge.get("node").get("now"))
			.containsExactly("link: stated → null", "since: 1999 → null");
		assertThat(changes).allSatisfy(edge -> assertThat(edge.get("node").get("fact")).asString()
			.endsWith(", source " + Sources.id(wrong)));
		assertThat(again.field("removeSisterLink.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message"))
			.containsExactly("statedBy NO_LINK: no link between inegi:05020 and inegi:19039 is stated by "
					+ Sources.id(wrong) + "; the link is stated by " + Sources.id(right));
		this.neo4j.query("MATCH (:Entity {id: 'inegi:19039'})-[l:SISTER_CITY]-(:Entity {id: 'inegi:05020'}) DELETE l").run();
	}

	@Test
	void theSameMistakesInAFileRowGetTheSameCodesAndMessagesAtTheColumnsOfTheFields(@TempDir Path directory)
			throws IOException {
		Map<String, Object> wrong = Map.of("cityA", "inegi:14039", "cityB", "inegi:14039", "since", "2010", "until", "2001",
				"status", "dormant", "source", " ", "sourceUrl", "ftp://example.org/acta");

		List<String> errors = OneRowFile.errors(steward("addSisterLink", wrong).field("addSisterLink.errors").getValue());
		List<String> problems = OneRowFile.problems(this.importer, directory, "links.csv",
				"id_a,id_b,city_a,country_a,city_b,country_b,since,until,status,source,source_url",
				"inegi:14039,inegi:14039,,,,,2010,2001,dormant, ,ftp://example.org/acta",
				List.of("id_a", "id_b", "cityA", "country_a", "cityB", "country_b", "since", "until", "status", "source",
						"sourceUrl"));

		assertThat(errors).hasSize(5);
		assertThat(problems).containsExactlyInAnyOrderElementsOf(errors);
	}

	private ClientGraphQlResponse steward(String mutation, Map<String, Object> input) {
		return GraphQlClients.overHttp(this.port, "sam", "sam-secret").documentName(mutation).variable("input", input)
			.executeSync();
	}

	private long links() {
		return this.neo4j.query("MATCH ()-[l:SISTER_CITY]->() RETURN count(l)").fetchAs(Long.class).one().orElseThrow();
	}

}
