package org.vinculos.provenance;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of fact stewards state, each a kind of import file and of import run, and the words that name one of its
 * facts in a run's changes and created facts: the same words wherever a fact is told (a file's write, a mutation, a
 * withdrawal, the list of what a run created), so that a fact is recognised by its name.
 *
 * <p>A statement that tells of a fact returns the parts of its name, in the order {@link #name} reads them.
 */
public enum FactKind {

	/** Parts: the lower city's name and id, the other's name and id, the source. */
	SISTER_LINKS("sister-links") {

		@Override
		public String name(List<?> parts) {
			return "sister link " + named(parts, 0) + " – " + named(parts, 2) + ", source " + parts.get(4);
		}

	},

	/** Parts: the member's name and id, the network's name and id, the source. */
	MEMBERSHIPS("memberships") {

		@Override
		public String name(List<?> parts) {
			return "membership of " + named(parts, 0) + " in " + named(parts, 2) + ", source " + parts.get(4);
		}

	},

	/** Parts: the title and the id. */
	AGREEMENTS("agreements") {

		@Override
		public String name(List<?> parts) {
			return "agreement \"" + parts.get(0) + "\" (" + parts.get(1) + ")";
		}

	},

	/** Parts: the origin's name, the destination's name, the year and the observation's id. */
	DIASPORAS("diasporas") {

		@Override
		public String name(List<?> parts) {
			return "diaspora figure of people born in " + parts.get(0) + " living in " + parts.get(1) + ", " + parts.get(2)
					+ " (" + parts.get(3) + ")";
		}

	},

	/** Parts: the name and the id. */
	CITIES("cities") {

		@Override
		public String name(List<?> parts) {
			return "city " + named(parts, 0);
		}

	};

	/** Every kind's title, in order. */
	public static final List<String> TITLES = Arrays.stream(values()).map(FactKind::title).toList();

	private final String title;

	FactKind(String title) {
		this.title = title;
	}

	/** Its name in files ({@code --kind}), reports and runs. */
	public String title() {
		return this.title;
	}

	/** The words that name one fact of this kind, from the parts a statement returned for it. */
	public abstract String name(List<?> parts);

	/** The kind with this title, or null. */
	public static @Nullable FactKind titled(String title) {
		for (FactKind kind : values()) {
			if (kind.title.equals(title)) {
				return kind;
			}
		}
		return null;
	}

	/** An entity by its name and id ({@code Guadalajara (city:mx-14:guadalajara)}), or its id alone when unnamed. */
	private static String named(List<?> parts, int at) {
		Object name = parts.get(at);
		Object id = parts.get(at + 1);
		return (name != null) ? name + " (" + id + ")" : String.valueOf(id);
	}

}
