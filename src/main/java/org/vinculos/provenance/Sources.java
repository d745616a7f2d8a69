package org.vinculos.provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Transaction;

/**
 * The sources stewards cite: each a Source node keyed by a stable id of its text, written in the transaction of the
 * facts that cite it.
 */
public final class Sources {

	/** A source as a steward cites it: the text, and a URL where there is one. */
	public record Cited(String text, @Nullable String url) {
	}

	private static final Map<String, String> IDS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > 1_000;
		}

	});

	private Sources() {
	}

	/** A stable id for a source text: its first words and a hash, so that the same text is always the same source. */
	public static String id(String text) {
		// A file's rows mostly cite one source; normalising and hashing it for every row was a tenth of a large import.
		return IDS.computeIfAbsent(text, Sources::newId);
	}

	private static String newId(String text) {
		String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-$", "");
		}
		return "steward:" + slug + "-" + sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
	}

	/**
	 * Merges the Source nodes cited, by the text and URL stewards give, and holds their write locks until the
	 * transaction ends: writes citing the same source take turns, so each sees what the other wrote and no link is
	 * written twice. The sources are locked in the order of their ids, so that two imports cannot wait on each other.
	 * @return the ids of the sources that did not exist before, in a set the caller may change
	 */
	public static Set<String> merge(Transaction tx, Collection<Cited> cited) {
		Map<String, Map<String, Object>> sources = new HashMap<>();
		for (Cited source : cited) {
			sources.computeIfAbsent(id(source.text()), id -> {
				Map<String, Object> s = new HashMap<>();
				s.put("id", id);
				s.put("name", source.text());
				s.put("url", source.url());
				return s;
			});
		}
		return tx.run("""
				UNWIND $sources AS source
				OPTIONAL MATCH (known:Source {id: source.id})
				WITH source, known IS NULL AS created
				MERGE (s:Source {id: source.id})
				ON CREATE SET s.name = source.name, s.url = source.url, s.kind = 'steward import',
				              s.licence = 'not stated (a steward import)', s.attribution = source.name,
				              s.retrieved = toString(date())
				SET s.__lock = true
				REMOVE s.__lock
				WITH source, created WHERE created
				RETURN source.id AS id""", Map.of("sources", sources.values().stream()
					.sorted(Comparator.comparing(source -> (String) source.get("id"))).toList()))
			.stream().map(r -> r.get("id").asString()).collect(Collectors.toCollection(HashSet::new));
	}

	/** The SHA-256 of some bytes, in hexadecimal: how files and sources are fingerprinted. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
