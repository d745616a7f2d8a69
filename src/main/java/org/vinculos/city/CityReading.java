package org.vinculos.city;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

/**
 * What to read of the cities a query field returns: their fields, and their sister links with the fields of those
 * when the query asks for {@code sisterCities} right below them (read in the same statement).
 */
record CityReading(CityFields fields, @Nullable CityFields links, Set<CityFields> linkSelections) {

	/** What the selection asks for below {@code path} ("" for a city, "edges/node/" for a connection's cities). */
	static CityReading of(DataFetchingFieldSelectionSet selection, String path) {
		List<SelectedField> sisterCities = selection.getFields(path + "sisterCities");
		Set<CityFields> linkSelections = new HashSet<>();
		for (SelectedField field : sisterCities) {
			linkSelections.add(CityFields.ofLinks(field.getSelectionSet()));
		}
		CityFields links = linkSelections.stream().reduce(CityFields::and).orElse(null);
		return new CityReading(CityFields.of(selection, path), links, Set.copyOf(linkSelections));
	}

	/** A city as read, with its sister links when they were asked for (null otherwise). */
	record Read(City city, @Nullable List<SisterLink> links) {
	}

}
