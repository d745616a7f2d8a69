package org.vinculos.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of entity in the graph, each with its node label.
 */
public enum EntityType {

	CITY("City"), REGION("Region"), COUNTRY("Country"), NETWORK("Network"), ORGANIZATION("Organization"),
	AGREEMENT("Agreement"), PROJECT("Project"), OFFICE("Office"), DIASPORA("Diaspora"), TOPIC("Topic");

	private final String label;

	EntityType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The kind of a node with these labels, or null for a node that is no entity. */
	public static @Nullable EntityType ofLabels(List<String> labels) {
		for (EntityType type : values()) {
			if (labels.contains(type.label)) {
				return type;
			}
		}
		return null;
	}

}
