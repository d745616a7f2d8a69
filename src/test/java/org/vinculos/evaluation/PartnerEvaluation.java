package org.vinculos.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import org.vinculos.partner.PartnerService;
import org.vinculos.partner.PartnerSuggestion;
import org.vinculos.partner.ReasonKind;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Link prediction on the sister-city graph: hides a fixed random 20% of the links of the Mexican cities that have at
 * least four, recomputes every signal without them, and ranks the hidden partners with {@code partnerSuggestions}
 * and with the common-neighbours and Adamic–Adar baselines on the same graph.
 */
record PartnerEvaluation(Neo4jClient neo4j, PartnerService partners) {

	static final long SEED = 20261123L;

	static final int LIST = 1000;

	/** A hidden link, seen from its Mexican city. */
	record Link(String city, String partner) {
	}

	/** Hits at 10 and 50 and the mean reciprocal rank, over the hidden links. */
	record Metrics(double hits10, double hits50, double mrr) {

		static Metrics of(List<Double> ranks) {
			double h10 = 0;
			double h50 = 0;
			double rr = 0;
			for (double rank : ranks) {
				h10 += (rank <= 10) ? 1 : 0;
				h50 += (rank <= 50) ? 1 : 0;
				rr += (rank <= LIST) ? 1 / rank : 0;
			}
			return new Metrics(h10 / ranks.size(), h50 / ranks.size(), rr / ranks.size());
		}

	}

	void write(StringBuilder doc) {
		List<Map<String, Object>> links = new ArrayList<>(this.neo4j.query("""
				MATCH (c:City {country: 'MX'})-[:SISTER_CITY]-(p:City)
				WITH c, collect(DISTINCT p) AS partners WHERE size(partners) >= 4
				UNWIND partners AS p
				RETURN c.id AS city, p.id AS partner, p.country AS country ORDER BY city, partner""").fetch().all());
		Set<String> seen = new HashSet<>();
		List<Map<String, Object>> unique = new ArrayList<>();
		for (Map<String, Object> link : links) {
			String a = (String) link.get("city");
			String b = (String) link.get("partner");
			if (seen.add((a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a)) {
				unique.add(link);
			}
		}
		long cities = unique.stream().map(l -> l.get("city")).distinct().count();
		Collections.shuffle(unique, new Random(SEED));
		List<Map<String, Object>> hidden = unique.subList(0, (int) Math.round(unique.size() * 0.2));
		List<Link> foreign = hidden.stream().filter(l -> !"MX".equals(l.get("country")))
			.map(l -> new Link((String) l.get("city"), (String) l.get("partner"))).toList();
		this.neo4j.query("""
				UNWIND $pairs AS pair
				MATCH (:Entity {id: pair[0]})-[l:SISTER_CITY]-(:Entity {id: pair[1]}) DELETE l""")
			.bind(hidden.stream().map(l -> List.of(l.get("city"), l.get("partner"))).toList()).to("pairs").run();
		Graph graph = new Graph(this.neo4j);
		Map<String, Metrics> rows = new LinkedHashMap<>();
		rows.put("common neighbours", Metrics.of(foreign.stream().map(l -> graph.rank(l, graph::commonNeighbours)).toList()));
		rows.put("Adamic–Adar", Metrics.of(foreign.stream().map(l -> graph.rank(l, graph::adamicAdar)).toList()));
		rows.put("**partnerSuggestions** (all signals, default weights)", Metrics.of(ranks(foreign, null)));
		Map<String, Metrics> ablation = new LinkedHashMap<>();
		Map<String, Metrics> alone = new LinkedHashMap<>();
		for (ReasonKind kind : ReasonKind.values()) {
			Map<ReasonKind, Double> without = new EnumMap<>(ReasonKind.class);
			without.put(kind, 0.0);
			ablation.put("without " + kind, Metrics.of(ranks(foreign, without)));
			Map<ReasonKind, Double> only = new EnumMap<>(ReasonKind.class);
			for (ReasonKind other : ReasonKind.values()) {
				only.put(other, (other == kind) ? 1.0 : 0.0);
			}
			alone.put(kind + " alone", Metrics.of(ranks(foreign, only)));
		}
		doc.append("\n## Partner suggestions (`partnerSuggestions`)\n\n")
			.append("Hidden: ").append(hidden.size()).append(" of the ").append(unique.size())
			.append(" sister-city links of the ").append(cities)
			.append(" Mexican cities that have at least four (20%, `java.util.Random(").append(SEED)
			.append(")` over the links in id order). Hidden links between two Mexican cities (")
			.append(hidden.size() - foreign.size())
			.append(" here) are left out of the scores, because the question is about foreign partners; ")
			.append(foreign.size()).append(" remain. The links are deleted from the evaluation's ")
			.append("own database, so every signal is computed without them. Each hidden ")
			.append("partner is then ranked among the foreign cities that are not yet the Mexican city's partners: by ")
			.append("`partnerSuggestions` (its list cut at ").append(LIST).append("; a partner not in it counts as a miss), ")
			.append("and by the two baselines over the whole remaining sister-city graph (ties take their expected rank).\n\n")
			.append("| ranking | hits@10 | hits@50 | MRR |\n|---|---|---|---|\n");
		rows.forEach((name, m) -> row(doc, name, m));
		double aa = rows.get("Adamic–Adar").hits10();
		double ours = rows.get("**partnerSuggestions** (all signals, default weights)").hits10();
		doc.append("\nhits@10 is ").append(String.format(Locale.ROOT, "%.2f", (aa > 0) ? ours / aa : Double.NaN))
			.append("× Adamic–Adar's (goal: at least 2×): ").append(Math.round(ours * foreign.size())).append(" against ")
			.append(Math.round(aa * foreign.size())).append(" of ").append(foreign.size())
			.append(" hidden partners in the top 10. With so few links one hit moves hits@k by ")
			.append(String.format(Locale.ROOT, "%.3f", 1.0 / foreign.size()))
			.append(", so differences of a hit or two, here and in the ablation, are within noise.\n\n")
			.append("### Ablation: each signal removed, and each alone\n\n")
			.append("| ranking | hits@10 | hits@50 | MRR |\n|---|---|---|---|\n");
		ablation.forEach((name, m) -> row(doc, name, m));
		alone.forEach((name, m) -> row(doc, name, m));
		doc.append(PARTNER_DISCUSSION);
	}

	private List<Double> ranks(List<Link> links, Map<ReasonKind, Double> weights) {
		List<Double> ranks = new ArrayList<>();
		for (Link link : links) {
			List<PartnerSuggestion> list = this.partners.suggest(new PartnerService.Request(link.city(), null, null, null,
					false, LIST, weights));
			double rank = Double.MAX_VALUE;
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i).city().id().equals(link.partner())) {
					rank = i + 1;
					break;
				}
			}
			ranks.add(rank);
		}
		return ranks;
	}

	private static void row(StringBuilder doc, String name, Metrics m) {
		doc.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, "%.3f", m.hits10())).append(" | ")
			.append(String.format(Locale.ROOT, "%.3f", m.hits50())).append(" | ")
			.append(String.format(Locale.ROOT, "%.3f", m.mrr())).append(" |\n");
	}

	/** The sister-city graph in memory, for the baselines. */
	static final class Graph {

		private final Map<String, Set<String>> neighbours = new HashMap<>();

		private final Map<String, String> countries = new HashMap<>();

		Graph(Neo4jClient neo4j) {
			neo4j.query("MATCH (c:City) RETURN c.id AS id, c.country AS country").fetch().all()
				.forEach(row -> this.countries.put((String) row.get("id"), (String) row.get("country")));
			neo4j.query("MATCH (a:City)-[:SISTER_CITY]-(b:City) RETURN a.id AS a, b.id AS b").fetch().all()
				.forEach(row -> this.neighbours.computeIfAbsent((String) row.get("a"), k -> new HashSet<>())
					.add((String) row.get("b")));
		}

		double commonNeighbours(String a, String x) {
			return intersection(a, x).size();
		}

		double adamicAdar(String a, String x) {
			double score = 0;
			for (String z : intersection(a, x)) {
				score += 1 / Math.log(this.neighbours.get(z).size());
			}
			return score;
		}

		private Set<String> intersection(String a, String x) {
			Set<String> shared = new HashSet<>(this.neighbours.getOrDefault(a, Set.of()));
			shared.retainAll(this.neighbours.getOrDefault(x, Set.of()));
			return shared;
		}

		/** The expected rank of the link's partner among the foreign non-partners of its city, ties broken at random. */
		double rank(Link link, BiFunction<String, String, Double> score) {
			String country = this.countries.get(link.city());
			Set<String> current = this.neighbours.getOrDefault(link.city(), Set.of());
			double target = score.apply(link.city(), link.partner());
			long above = 0;
			long ties = 0;
			for (String x : this.countries.keySet()) {
				if (x.equals(link.city()) || x.equals(link.partner()) || current.contains(x) || country.equals(this.countries.get(x))) {
					continue;
				}
				double s = score.apply(link.city(), x);
				if (s > target) {
					above++;
				}
				else if (s == target) {
					ties++;
				}
			}
			return above + 1 + ties / 2.0;
		}

	}

	private static final String PARTNER_DISCUSSION = """

			### Reading the numbers

			- The baselines see only the sister-city graph. Most hidden partners share no partner with the Mexican
			  city once the link is gone, so both baselines leave them in a large tie at zero.
			- REGIONAL_PEER (the partners of other local governments of the same state) and TRACK_RECORD (how many
			  sister cities the candidate has: well-connected cities pair with each other) reach partners that no
			  shared neighbour reaches; the ablation shows how much each one carries.
			- DIASPORA is a country- and US-state-level signal (UN DESA, Banxico): it orders candidates between
			  countries and US states, not within them. MIRROR uses the profile vector (size and
			  geography) and SHARED_NETWORK the few memberships in the sources; both reach few of the hidden partners.
			- The weights are set by reasoning, not fitted to this split; fitting them here would overstate the result.
			- The links come from Wikipedia's lists, which hold mostly declared, often old twinnings: this measures
			  how well the signals recover such lists, not whether a suggested partnership would work.
			""";

}
