package org.vinculos.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vinculos.mirror.MirrorMatch;
import org.vinculos.mirror.MirrorService;
import org.vinculos.partner.PartnerService;
import org.vinculos.support.FreshApplication;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Measures the mirror-city and partner rankings against what the sources know, and writes {@code docs/evaluation.md}.
 * Run with {@code ./mvnw -Pevaluate verify}.
 */
@Tag("evaluation")
class RankingEvaluation {

	@Test
	void writeTheEvaluation() throws IOException {
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-evaluation")) {
			Neo4jClient neo4j = context.getBean(Neo4jClient.class);
			MirrorService mirrors = context.getBean(MirrorService.class);
			StringBuilder doc = new StringBuilder();
			doc.append("# Evaluation\n\n")
				.append("Produced by `./mvnw -Pevaluate verify` (`RankingEvaluation`) on ")
				.append(LocalDate.now())
				.append(", against the seed in this repository. Do not edit by hand: run the command again.\n\n");
			new MirrorEvaluation(neo4j, mirrors).write(doc);
			// Last: it removes the held-out links from this evaluation's own database.
			new PartnerEvaluation(neo4j, context.getBean(PartnerService.class)).write(doc);
			Files.writeString(Path.of("docs/evaluation.md"), doc.toString());
			System.out.println(doc);
		}
	}

	/** The mirror-city section: the named mirrors' ranks, and size and country statistics of the top 10s. */
	record MirrorEvaluation(Neo4jClient neo4j, MirrorService mirrors) {

		void write(StringBuilder doc) {
			List<String> foreign = this.neo4j.query("MATCH (c:Country) WHERE c.id <> 'MX' RETURN c.id AS id")
				.fetchAs(String.class).all().stream().toList();
			doc.append("## Mirror cities (`mirrorCities`)\n\n")
				.append("### The four mirrors the article names, under the default weights\n\n")
				.append("The rank of the named mirror among every foreign city with a profile (")
				.append(profiled(foreign))
				.append(" cities), each scored exactly; rank 1 is the best match.\n\n")
				.append("| city | named mirror (source) | rank | score | coverage | first match | per dimension (mirror) |\n")
				.append("|---|---|---|---|---|---|---|\n");
			for (Map<String, Object> pair : this.neo4j.query("""
					MATCH (c:City)-[r:NAMED_MIRROR]->(m:City)
					RETURN c.id AS city, c.name AS cityName, m.id AS mirror, m.name AS mirrorName, r.sourceRef AS ref
					ORDER BY c.population DESC""").fetch().all()) {
				List<MirrorMatch> ranking = this.mirrors.mirrors(new MirrorService.Request((String) pair.get("city"), null,
						new HashSet<>(foreign), null, null, 100_000));
				int rank = 0;
				MirrorMatch named = null;
				for (int i = 0; i < ranking.size(); i++) {
					if (ranking.get(i).city().id().equals(pair.get("mirror"))) {
						rank = i + 1;
						named = ranking.get(i);
						break;
					}
				}
				doc.append("| ").append(pair.get("cityName")).append(" | ").append(pair.get("mirrorName")).append(" (`")
					.append(pair.get("ref")).append("`) | ")
					.append((named != null) ? rank + " of " + ranking.size() : "not profiled").append(" | ")
					.append((named != null) ? format(named.score()) : "").append(" | ")
					.append((named != null) ? format(named.coverage()) : "").append(" | ")
					.append(ranking.getFirst().city().name()).append(" (").append(ranking.getFirst().city().countryCode())
					.append(", ").append(format(ranking.getFirst().score())).append(") | ")
					.append((named != null) ? dimensions(named) : "").append(" |\n");
			}
			List<Map<String, Object>> large = new ArrayList<>(this.neo4j.query("""
					MATCH (c:City {country: 'MX'}) WHERE c.kind IN ['municipio', 'alcaldía', 'entidad'] AND c.population > 100000
					  AND NOT (c)-[:PART_OF]->()
					RETURN c.id AS id, c.population AS population ORDER BY c.population DESC""").fetch().all());
			List<Double> ratios = new ArrayList<>();
			List<Double> domesticRatios = new ArrayList<>();
			int foreignTop = 0;
			int domesticAllowedTop = 0;
			int foreignWhenAllowed = 0;
			Set<String> everyCountry = new HashSet<>(foreign);
			everyCountry.add("MX");
			for (Map<String, Object> city : large) {
				String id = (String) city.get("id");
				long population = ((Number) city.get("population")).longValue();
				for (MirrorMatch match : this.mirrors.mirrors(new MirrorService.Request(id, null, null, null, null, 10))) {
					ratios.add(Math.abs(Math.log10((double) population / match.city().population().value())));
					foreignTop++;
				}
				for (MirrorMatch match : this.mirrors.mirrors(new MirrorService.Request(id, null, everyCountry, null, null, 10))) {
					domesticRatios.add(Math.abs(Math.log10((double) population / match.city().population().value())));
					domesticAllowedTop++;
					if (!match.city().countryCode().equals("MX")) {
						foreignWhenAllowed++;
					}
				}
			}
			doc.append("\n### Every Mexican municipality over 100,000 people\n\n")
				.append(large.size()).append(" municipalities (and Mexico City as one city, its alcaldías left out), ")
				.append("their top 10 mirrors under the default weights.\n\n")
				.append("| | median \\|log10 population ratio\\| | share of the top 10 in another country |\n|---|---|---|\n")
				.append("| foreign cities only (the default) | ").append(format(median(ratios))).append(" (")
				.append(String.format(Locale.ROOT, "%.2f", Math.pow(10, median(ratios)))).append("×) | ")
				.append(percent(foreignTop, foreignTop)).append(" (by construction) |\n")
				.append("| Mexican cities allowed (`countries` = every country) | ").append(format(median(domesticRatios)))
				.append(" (").append(String.format(Locale.ROOT, "%.2f", Math.pow(10, median(domesticRatios)))).append("×) | ")
				.append(percent(foreignWhenAllowed, domesticAllowedTop)).append(" |\n\n");
			doc.append(MIRROR_DISCUSSION);
		}

		private long profiled(List<String> countries) {
			return this.neo4j.query("MATCH (c:City) WHERE c.profile IS NOT NULL AND c.country IN $countries RETURN count(c)")
				.bind(countries).to("countries").fetchAs(Long.class).one().orElse(0L);
		}

		private static String dimensions(MirrorMatch match) {
			List<String> parts = new ArrayList<>();
			for (MirrorMatch.Dimension d : match.dimensions()) {
				parts.add(d.name() + " " + ((d.score() != null) ? format(d.score()) : "n/a") + ": " + d.detail()
					.replace("|", "/"));
			}
			return String.join("<br>", parts);
		}

	}

	private static final String MIRROR_DISCUSSION = """
			### What the data can and cannot see

			- **Size** is the municipality's population (INEGI 2020) against the foreign city's (GeoNames). A Mexican
			  municipality is often only a part of its metropolitan area, while GeoNames counts some foreign cities
			  as cities proper and others as larger units; no source in the seed gives metropolitan populations on
			  both sides, so the size dimension compares unlike units. That alone pushes Houston away from the
			  municipality of Monterrey (see the table).
			- **Economic vocation**, which is why the article pairs Monterrey with Houston (energy, industry) and
			  Guadalajara with Austin (technology), is almost invisible across borders: the sector mix exists only for
			  Mexican states (INEGI), and GDP per person only for the ~240 cities that disclosed it to CDP, each in
			  its own currency, and the sources hold no exchange rate. So for a Mexican city and a foreign one the
			  economy dimension is nearly always uncovered: it lowers coverage and adds nothing. Allowing Mexican
			  cities (`countries` including MX) shows the other side: the sector mix then covers most pairs, which is
			  part of why domestic matches crowd the top 10.
			- **Geography** sees latitude, altitude (GeoNames' elevation model), capital status and border position
			  (a GeoNames place of another country within 30 km) for almost every city, and mean temperature only for
			  CDP cities. It cannot see coasts or ports (no coastline data in the sources). Monterrey–Houston and
			  Guadalajara–Austin lose on altitude (see the table), and nothing measured makes up for it.
			  Tijuana–San Diego is what the data see well: nearly the same latitude, both on the border, similar
			  size.
			- **Topics** come from the areas of the seed's few agreements and cooperations, so they cover a handful
			  of cities; networks have no themes in the sources.
			- **International profile** (sister-city counts, shared networks, partner countries) is broad but
			  follows Wikipedia's lists, which over-represent some countries.
			- The named mirrors are four pairs from one article; a rank is a sanity check, not an accuracy figure.
			""";

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return (sorted.length % 2 == 1) ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String percent(int part, int whole) {
		return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}

}
