package org.vinculos.city;

import java.util.Set;
import java.util.TreeSet;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The fields of {@code City} (and of {@code SisterLink}) that a query selects below a path, so that a list of cities
 * reads from the store only the properties somebody asked for: {@code sisterCities { city { id } } } of a hundred
 * cities reads ids, not every property of a thousand cities. Fields loaded by a batch of their own (region, networks,
 * sister cities...) need only the id.
 */
record CityFields(Set<String> names) {

	/** Every field: for a single city, and for cities other features hand over. */
	static final CityFields ALL = new CityFields(Set.of("name", "kind", "country", "population", "location", "sources",
			"importRun", "since", "until", "status", "source", "sourceRef", "linkImportRun"));

	/** The fields selected below {@code path} ("" for the field's own selection, "city/" for a link's city...). */
	static CityFields of(DataFetchingFieldSelectionSet selection, String path) {
		Set<String> names = new TreeSet<>();
		for (SelectedField field : selection.getFields(path + "*")) {
			names.add(field.getName());
		}
		return new CityFields(names);
	}

	/** The fields of a sister link, its city's below {@code city/}: a link's own importRun is named linkImportRun. */
	static CityFields ofLinks(DataFetchingFieldSelectionSet selection) {
		Set<String> names = new TreeSet<>(of(selection, "city/").names());
		for (String link : of(selection, "").names()) {
			names.add(link.equals("importRun") ? "linkImportRun" : link);
		}
		return new CityFields(names);
	}

	boolean has(String name) {
		return this.names.contains(name);
	}

	CityFields and(CityFields other) {
		Set<String> union = new TreeSet<>(this.names);
		union.addAll(other.names);
		return new CityFields(union);
	}

}
