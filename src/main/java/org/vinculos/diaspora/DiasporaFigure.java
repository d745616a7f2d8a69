package org.vinculos.diaspora;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A diaspora figure as a steward states it, from a row of a diasporas file or from {@code recordDiasporaFigure}: how
 * many people born in {@code origin} live in {@code destination} in a year, as a source counts them. Origin and
 * destination are country codes ({@code MX}, any case) or the ids of states and cities ({@code MX-14},
 * {@code inegi:14039}); a value not stated is null.
 */
public record DiasporaFigure(@Nullable String origin, @Nullable String destination, @Nullable Integer year,
		@Nullable Long stock, @Nullable String source, @Nullable String sourceUrl) {

	/** A place as the graph keys it: a country code upper case. */
	public static String place(String text) {
		String id = text.strip();
		return (id.length() == 2) ? id.toUpperCase(Locale.ROOT) : id;
	}

	/** The id of the diaspora of people born in {@code origin} living in {@code destination}. */
	public static String diasporaId(String origin, String destination) {
		return "diaspora:" + origin + ">" + destination;
	}

}
