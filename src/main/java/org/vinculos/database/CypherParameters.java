package org.vinculos.database;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters where a null value is meaningful ("this filter is off"), which {@link Map#of} does not allow.
 */
public final class CypherParameters {

	private CypherParameters() {
	}

	/** A parameter map from alternating names and values; values may be null. */
	public static Map<String, Object> of(@Nullable Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Parameters come in name and value pairs");
		}
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

}
