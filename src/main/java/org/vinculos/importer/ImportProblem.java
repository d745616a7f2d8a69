package org.vinculos.importer;

/**
 * Something wrong in an import file, where it is: {@code file:line:column: message}.
 */
public record ImportProblem(String file, int line, int column, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ":" + this.column + ": " + this.message;
	}

}
