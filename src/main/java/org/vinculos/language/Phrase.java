package org.vinculos.language;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence waiting for its language: the key of its template and the arguments to fill it with. An argument that is
 * itself a {@link Phrase} or {@link Names} is said in the same language first.
 */
public record Phrase(String key, List<Object> args) {

	public Phrase {
		args = List.copyOf(args);
	}

	public static Phrase of(String key, Object... args) {
		return new Phrase(key, Arrays.asList(args));
	}

	/** The sentence in a language. */
	public String in(Language language) {
		Object[] said = this.args.stream().map(arg -> switch (arg) {
			case Phrase phrase -> phrase.in(language);
			case Names names -> names.in(language);
			default -> arg;
		}).toArray();
		return language.format(this.key, said);
	}

}
