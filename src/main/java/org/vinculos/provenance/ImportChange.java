package org.vinculos.provenance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * One property of a fact that was there before an import (or a correction) and that a row of it changed: where the
 * row is, which fact, and the value before and after ({@code null} for none).
 */
public record ImportChange(String at, String fact, String property, @Nullable String was, @Nullable String now) {

	/**
	 * The changes between the values a fact had and those it has now, one a property that differs, in the order of the
	 * properties' names.
	 */
	public static List<ImportChange> between(String at, String fact, Map<String, ?> was, Map<String, ?> now) {
		TreeSet<String> properties = new TreeSet<>(was.keySet());
		properties.addAll(now.keySet());
		return properties.stream().filter(property -> !same(was.get(property), now.get(property)))
			.map(property -> new ImportChange(at, fact, property, text(was.get(property)), text(now.get(property))))
			.toList();
	}

	/** Whether two values are the same; integers come back from the database as longs. */
	public static boolean same(@Nullable Object a, @Nullable Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return x.longValue() == y.longValue();
		}
		return Objects.equals(a, b);
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return (value != null) ? String.valueOf(value) : null;
	}

}
