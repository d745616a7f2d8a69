package org.vinculos.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CypherScriptTests {

	@Test
	void splitsAtSemicolonsOutsideStringsAndCommentsKeepingTheStartLine() {
		String script = """
				// a comment; not a statement
				CREATE (:City {name: 'A; B'});

				/* a block
				   comment; */
				MATCH (c:City)
				RETURN c.name AS `odd;name`;
				RETURN "escaped \\" quote; still inside"
				""";

		var statements = CypherScript.split(script);

		assertThat(statements).extracting(CypherScript.Statement::line).containsExactly(2, 6, 8);
		assertThat(statements.get(0).text()).isEqualTo("CREATE (:City {name: 'A; B'})");
		assertThat(statements.get(1).text()).isEqualTo("MATCH (c:City)\nRETURN c.name AS `odd;name`");
		assertThat(statements.get(2).text()).isEqualTo("RETURN \"escaped \\\" quote; still inside\"");
	}

	@Test
	void aLineStartingWithAColonIsAClientCommandToItsEnd() {
		String script = """
				:param city => 'inegi:14039';
				  :param {since: 1990, names: ['a;b']}
				MATCH (c:City {id: $city})
				RETURN {name: c.name} AS city;
				""";

		var statements = CypherScript.split(script);

		assertThat(statements).extracting(CypherScript.Statement::text, CypherScript.Statement::line,
				CypherScript.Statement::column, CypherScript.Statement::command)
			.containsExactly(tuple(":param city => 'inegi:14039'", 1, 1, true),
					tuple(":param {since: 1990, names: ['a;b']}", 2, 3, true),
					tuple("MATCH (c:City {id: $city})\nRETURN {name: c.name} AS city", 3, 1, false));
	}

	@Test
	void tellsAPositionWithinAStatementAsAPositionInTheScript() {
		String script = """
				RETURN 1;   MATCH (n)
				  /* a note */ RETURN n;
				""";

		var statements = CypherScript.split(script);

		assertThat(statements).extracting(CypherScript.Statement::line, CypherScript.Statement::column)
			.containsExactly(tuple(1, 1), tuple(1, 13));
		CypherScript.Statement match = statements.get(1);
		assertThat(match.text().lines().toList().get(1).indexOf("RETURN") + 1).isEqualTo(16);
		assertThat(match.position(1, 7)).isEqualTo("1:19");
		assertThat(match.position(2, 16)).isEqualTo("2:16");
	}

}
