package org.vinculos.database;

import org.jspecify.annotations.Nullable;

/**
 * Values a read statement always returns, though the driver's maps cannot say so: a node's id and name, a
 * relationship's source, a city every row of the statement matched. NullAway takes them as present; a graph that
 * lacks one shows as an error on the GraphQL field that is never null, as it did before NullAway checked the code.
 */
public final class Stored {

	private Stored() {
	}

	/** The value, which the statement that read it guarantees. */
	@SuppressWarnings("NullAway")
	public static <T> T nonNull(@Nullable T value) {
		return value;
	}

}
