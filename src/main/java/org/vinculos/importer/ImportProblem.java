package org.vinculos.importer;

/**
 * Something wrong in an import file, where it is: {@code file:line:column: message}.
 */
public record ImportProblem(String file, int line, int column, String message) {

	/** A value quoted in the message keeps its line breaks as {@code \n}, so that a problem stays one line. */
	public ImportProblem {
		message = message.replace("\r", "\\r").replace("\n", "\\n");
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + ":" + this.column + ": " + this.message;
	}

}
