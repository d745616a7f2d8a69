package org.vinculos.database;

import java.util.ArrayList;
import java.util.List;

/**
 * A Cypher script split into statements at semicolons that stand outside strings, identifiers and comments,
 * each statement keeping the line it starts on.
 */
public final class CypherScript {

	private CypherScript() {
	}

	/** One statement of a script and the 1-based line where it starts. */
	public record Statement(String text, int line) {
	}

	public static List<Statement> split(String script) {
		List<Statement> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int line = 1;
		int startLine = -1;
		char quote = 0;
		for (int i = 0; i < script.length(); i++) {
			char c = script.charAt(i);
			char following = (i + 1 < script.length()) ? script.charAt(i + 1) : 0;
			if (quote == 0 && c == '/' && following == '/') {
				int end = script.indexOf('\n', i);
				i = (end < 0) ? script.length() - 1 : end - 1;
				continue;
			}
			if (quote == 0 && c == '/' && following == '*') {
				int end = script.indexOf("*/", i + 2);
				int stop = (end < 0) ? script.length() : end + 2;
				line += (int) script.substring(i, stop).chars().filter(ch -> ch == '\n').count();
				i = stop - 1;
				continue;
			}
			if (c == '\n') {
				line++;
			}
			if (quote != 0) {
				if (c == '\\' && quote != '`' && following != 0) {
					current.append(c).append(following);
					i++;
					continue;
				}
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == ';') {
				add(statements, current, startLine);
				current.setLength(0);
				startLine = -1;
				continue;
			}
			if (startLine < 0 && !Character.isWhitespace(c)) {
				startLine = line;
			}
			current.append(c);
		}
		add(statements, current, startLine);
		return statements;
	}

	private static void add(List<Statement> statements, StringBuilder text, int line) {
		String statement = text.toString().strip();
		if (!statement.isEmpty()) {
			statements.add(new Statement(statement, line));
		}
	}

}
