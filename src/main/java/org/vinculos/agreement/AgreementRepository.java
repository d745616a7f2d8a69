package org.vinculos.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;

import org.springframework.stereotype.Repository;

/**
 * Reads pages of agreements with their parties and topics in one query.
 */
@Repository
class AgreementRepository {

	/** A page of agreements out of the total that match. */
	record Page(List<Agreement> agreements, long total) {
	}

	private final Reads reads;

	private static final String PROJECTION = """
			a {
			  .id, .title, .kind, .level, .counterpartType, .counterpartCountry, .status, .registered, .sources, .importRun,
			  signed: toString(a.signed),
			  parties: COLLECT { MATCH (a)-[p:PARTY]->(x) RETURN {id: x.id, name: x.name, role: p.role} },
			  topics: COLLECT { MATCH (a)-[:COVERS]->(t) RETURN t.id }
			}""";

	AgreementRepository(Reads reads) {
		this.reads = reads;
	}

	Page page(AgreementFilter filter, int offset, int size) {
		Map<String, Object> parameters = CypherParameters.of("party", filter.party(), "country", filter.counterpartCountry(), "kind", filter.kind(), "area", filter.area(), "status", filter.status(), "signedFrom", filter.signedFrom(), "signedTo", filter.signedTo(), "registered", filter.registered(), "offset", offset, "end", offset + size);
		return this.reads.first("""
				MATCH (a:Agreement)
				WHERE ($party IS NULL OR EXISTS { MATCH (a)-[:PARTY]->(p) WHERE p.id = $party })
				  AND ($country IS NULL OR a.counterpartCountry = $country)
				  AND ($kind IS NULL OR a.kind = $kind)
				  AND ($area IS NULL OR EXISTS { MATCH (a)-[:COVERS]->(t) WHERE t.id = $area })
				  AND ($status IS NULL OR a.status = $status)
				  AND ($signedFrom IS NULL OR a.signed >= date($signedFrom))
				  AND ($signedTo IS NULL OR a.signed <= date($signedTo))
				  AND ($registered IS NULL OR a.registered = $registered)
				WITH a ORDER BY a.signed DESC, a.title
				WITH collect(a) AS matching
				RETURN size(matching) AS total, [a IN matching[$offset..$end] |\s""" + PROJECTION + "] AS page", parameters,
				r -> new Page(r.get("page").asList(AgreementRepository::agreement), r.get("total").asLong()))
			.orElseThrow();
	}

	Optional<Agreement> findById(String id) {
		return this.reads.first("MATCH (a:Entity {id: $id}) WHERE a:Agreement RETURN " + PROJECTION + " AS agreement",
				CypherParameters.of("id", id), r -> agreement(r.get("agreement")));
	}

	private static Agreement agreement(Value a) {
		return new Agreement(a.get("id").asString(), a.get("title").asString(), a.get("kind").asString(null),
				a.get("level").asString(null), a.get("counterpartType").asString(null), a.get("counterpartCountry").asString(null),
				a.get("status").asString(null), a.get("signed").asString(null),
				a.get("registered").isNull() ? null : a.get("registered").asBoolean(),
				a.get("parties").asList(p -> new Agreement.Party(p.get("id").asString(), p.get("name").asString(null),
						p.get("role").asString(null))),
				a.get("topics").asList(Value::asString),
				a.get("sources").isNull() ? List.of() : a.get("sources").asList(Value::asString),
				a.get("importRun").asString(null));
	}

}
