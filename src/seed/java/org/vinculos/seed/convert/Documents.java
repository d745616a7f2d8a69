package org.vinculos.seed.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source documents of {@code ../shared/seeds}, and the check that a cited fact stands where it is cited.
 */
final class Documents {

	/** How far from the given line a quotation is looked for. */
	private static final int WINDOW = 15;

	/** A quotation (in the document's own OCR spelling; accents, case and spacing do not count) near a line. */
	record Cite(String file, int near, String quote) {
	}

	private final Path seedsDir;

	private final Map<String, List<String>> lines = new HashMap<>();

	Documents(Path seedsDir) {
		this.seedsDir = seedsDir;
	}

	/**
	 * The reference {@code file:line} where the quotation starts.
	 * @throws IllegalStateException when the quotation is not within {@value #WINDOW} lines of the cited one
	 */
	String ref(Cite cite) {
		List<String> text = lines(cite.file());
		String wanted = squeeze(cite.quote());
		int last = Math.min(text.size(), cite.near() + WINDOW);
		for (int line = Math.max(1, cite.near() - WINDOW); line <= last; line++) {
			// The quotation starts on this line when it lies in this line and the next few, but not in the next few alone.
			if (squeeze(joined(text, line, line + 5)).contains(wanted)
					&& !squeeze(joined(text, line + 1, line + 5)).contains(wanted)) {
				return cite.file() + ":" + line;
			}
		}
		throw new IllegalStateException("\"" + cite.quote() + "\" is not near " + cite.file() + ":" + cite.near());
	}

	private static String joined(List<String> text, int from, int to) {
		return (from > text.size()) ? "" : String.join(" ", text.subList(from - 1, Math.min(to, text.size())));
	}

	/** The text of lines {@code from} to {@code to} of a document, 1-based and inclusive. */
	List<String> lines(String file, int from, int to) {
		return lines(file).subList(from - 1, to);
	}

	private List<String> lines(String file) {
		return this.lines.computeIfAbsent(file, name -> {
			try {
				return Files.readAllLines(this.seedsDir.resolve(name), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static String squeeze(String text) {
		return Names.fold(text).replace(" ", "");
	}

}
