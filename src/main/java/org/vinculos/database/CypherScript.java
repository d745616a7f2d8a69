package org.vinculos.database;

import java.util.ArrayList;
import java.util.List;

/**
 * A Cypher script split into statements at semicolons that stand outside strings, identifiers and comments,
 * each statement keeping where it starts and its layout, so that a position Neo4j reports within a statement can be
 * told as a position in the script. A line that starts with a colon where a statement would start is a client command,
 * as in cypher-shell ({@code :param city => 'inegi:14039'}): it ends at the end of its line.
 */
public final class CypherScript {

	private CypherScript() {
	}

	/** One statement of a script and the 1-based line and column where it starts. */
	public record Statement(String text, int line, int column) {

		/** Whether this is a client command such as {@code :param}, not Cypher. */
		public boolean command() {
			return this.text.startsWith(":");
		}

		/** The script's {@code line:column} of a position in this statement's text, both 1-based. */
		public String position(int lineInStatement, int columnInStatement) {
			return (this.line + lineInStatement - 1) + ":"
					+ ((lineInStatement == 1) ? this.column + columnInStatement - 1 : columnInStatement);
		}

	}

	public static List<Statement> split(String script) {
		List<Statement> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int line = 1;
		int lineStart = 0;
		int startLine = -1;
		int startColumn = -1;
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
				// Blanked rather than dropped, so that the lines and columns after it stay where they were.
				for (int k = i; k < stop; k++) {
					boolean newline = script.charAt(k) == '\n';
					if (newline) {
						line++;
						lineStart = k + 1;
					}
					current.append(newline ? '\n' : ' ');
				}
				i = stop - 1;
				continue;
			}
			if (quote == 0 && c == ':' && startLine < 0) {
				int end = script.indexOf('\n', i);
				String command = script.substring(i, (end < 0) ? script.length() : end).strip();
				statements.add(new Statement(command.endsWith(";") ? command.substring(0, command.length() - 1).strip()
						: command, line, i - lineStart + 1));
				i = ((end < 0) ? script.length() : end) - 1;
				continue;
			}
			if (c == '\n') {
				line++;
				lineStart = i + 1;
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
				add(statements, current, startLine, startColumn);
				current.setLength(0);
				startLine = -1;
				continue;
			}
			if (startLine < 0 && !Character.isWhitespace(c)) {
				startLine = line;
				startColumn = i - lineStart + 1;
			}
			current.append(c);
		}
		add(statements, current, startLine, startColumn);
		return statements;
	}

	private static void add(List<Statement> statements, StringBuilder text, int line, int column) {
		String statement = text.toString().strip();
		if (!statement.isEmpty()) {
			statements.add(new Statement(statement, line, column));
		}
	}

}
