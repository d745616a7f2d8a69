package org.vinculos.importer;

import org.vinculos.provenance.Problem;

/**
 * Something wrong in an import file, where it is: {@code file:line:column: message}, with its code as a mutation
 * gives it for the same mistake.
 */
public record ImportProblem(String file, int line, int column, Problem.Code code, String message) {

	public ImportProblem {
		message = Problem.oneLine(message);
	}

	/** A problem of the file itself or of a value's form: INVALID. */
	public ImportProblem(String file, int line, int column, String message) {
		this(file, line, column, Problem.Code.INVALID, message);
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + ":" + this.column + ": " + this.message;
	}

}
