package org.vinculos.language;

import org.jspecify.annotations.Nullable;

/** A name in English and, where the sources give one, Spanish; Spanish falls back to the English name. */
public record Names(String en, @Nullable String es) {

	public String in(Language language) {
		return (language == Language.ES && this.es != null && !this.es.isBlank()) ? this.es : this.en;
	}

}
