package org.vinculos.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
