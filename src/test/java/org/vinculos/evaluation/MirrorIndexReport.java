package org.vinculos.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vinculos.mirror.MirrorIndex;
import org.vinculos.mirror.MirrorMatch;

/**
 * Writes the Mirror Cities Index of Mexico as a report, {@code docs/mirror-index.md}, with Spanish and English headings:
 * every municipality over 100,000 people, where it stands and its five best foreign mirrors.
 */
record MirrorIndexReport(MirrorIndex index) {

	private static final int MIRRORS = 5;

	void write(Path file) throws IOException {
		MirrorIndex.Page page = this.index.page("MX", 100_000, MIRRORS, 0, Integer.MAX_VALUE);
		StringBuilder doc = new StringBuilder();
		doc.append("# Índice de Ciudades Espejo / Mirror Cities Index\n\n")
			.append("Producido por / produced by `./mvnw -Pevaluate verify` (`RankingEvaluation`, `MirrorIndexReport`) el / on ")
			.append(LocalDate.now()).append(". No editar a mano / do not edit by hand.\n\n")
			.append("Los ").append(page.total()).append(" municipios de México de más de 100,000 habitantes (y la Ciudad de ")
			.append("México como una sola ciudad), de mayor a menor población, cada uno con su perfil y sus ").append(MIRRORS)
			.append(" mejores ciudades espejo en el extranjero con los pesos por defecto. / Mexico's ").append(page.total())
			.append(" municipalities over 100,000 people (and Mexico City as one city), most populous first, each with its ")
			.append("profile and its ").append(MIRRORS).append(" best foreign mirror cities under the default weights.\n\n")
			.append("Cada espejo se explica dimensión por dimensión en `mirrorIndex` y en `GET /export/mirror-index?format=csv`; ")
			.append("aquí se dan su puntuación y su cobertura (la parte del peso respaldada por datos en ambos lados). / Each ")
			.append("mirror is explained dimension by dimension by `mirrorIndex` and in `GET /export/mirror-index?format=csv`; ")
			.append("here, its score and coverage (the share of the weight that data on both sides back).\n\n")
			.append("| # | Ciudad / City | Población / Population | Metrópoli / Agglomeration | PIB per cápita PPA / GDP per person PPP ")
			.append("| Clima / Climate | Puerto / Seaport | Redes / Networks | Hermanas / Sister cities | Ciudades espejo / Mirror cities |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|\n");
		int row = 0;
		for (MirrorIndex.Entry entry : page.entries()) {
			MirrorIndex.Profile p = entry.profile();
			doc.append("| ").append(++row).append(" | ").append(entry.city().name()).append(" (`").append(entry.city().id())
				.append("`) | ").append(number(p.population())).append(" | ").append(number(p.agglomeration())).append(" | ")
				.append((p.gdpPerCapitaPpp() != null) ? String.format(Locale.ROOT, "%,.0f (%s)", p.gdpPerCapitaPpp(),
						p.gdpScope().toLowerCase(Locale.ROOT)) : "").append(" | ")
				.append((p.climate() != null) ? p.climate() : "").append(" | ")
				.append((p.seaport() != null) ? p.seaport() : "").append(" | ")
				.append(p.networks().stream().map(n -> n.substring(n.indexOf(':') + 1)).collect(Collectors.joining(", ")))
				.append(" | ").append(p.sisterCities()).append(" | ").append(mirrors(entry.mirrors())).append(" |\n");
		}
		Files.writeString(file, doc.toString());
	}

	private static String mirrors(List<MirrorMatch> mirrors) {
		return mirrors.stream().map(m -> m.city().name() + " (" + m.city().countryCode() + ", "
				+ String.format(Locale.ROOT, "%.2f", m.score()) + " / " + String.format(Locale.ROOT, "%.2f", m.coverage()) + ")")
			.collect(Collectors.joining("; "));
	}

	private static String number(Long value) {
		return (value != null) ? String.format(Locale.ROOT, "%,d", value) : "";
	}

}
