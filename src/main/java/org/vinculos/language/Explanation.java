package org.vinculos.language;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a ranking says of one of its parts, as phrases joined by semicolons once a language is chosen, so that the
 * server formats only the sentences a client asks for, in the language it asks for.
 */
public record Explanation(List<Phrase> phrases) {

	public static final Explanation NONE = new Explanation(List.of());

	public Explanation {
		phrases = List.copyOf(phrases);
	}

	public static Explanation of(Phrase... phrases) {
		return new Explanation(List.of(phrases));
	}

	public static Explanation of(String key, Object... args) {
		return of(Phrase.of(key, args));
	}

	public String in(Language language) {
		return this.phrases.stream().map(p -> p.in(language)).collect(Collectors.joining("; "));
	}

}
