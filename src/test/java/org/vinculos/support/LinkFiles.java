package org.vinculos.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Import files of new sister links, for tests and benchmarks that need a large one. */
public final class LinkFiles {

	private LinkFiles() {
	}

	/**
	 * Writes {@code count} distinct links between random cities of the two lists (by id), each with a year and the
	 * source given, always the same for the same arguments.
	 */
	public static Path write(Path file, List<String> mexican, List<String> foreign, int count, String source)
			throws IOException {
		Random random = new Random(20261202);
		Set<String> pairs = new HashSet<>();
		StringBuilder csv = new StringBuilder("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
		while (pairs.size() < count) {
			String a = mexican.get(random.nextInt(mexican.size()));
			String b = foreign.get(random.nextInt(foreign.size()));
			if (pairs.add(a + ">" + b)) {
				csv.append(",,,,").append(1990 + random.nextInt(35)).append(',').append(source).append(',').append(a)
					.append(',').append(b).append('\n');
			}
		}
		return Files.writeString(file, csv);
	}

}
