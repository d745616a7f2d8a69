package org.vinculos.steward;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.vinculos.diaspora.Diaspora;
import org.vinculos.diaspora.DiasporaFigure;
import org.vinculos.diaspora.DiasporaFigureRules;
import org.vinculos.diaspora.DiasporaFigureWriter;
import org.vinculos.diaspora.Diasporas;
import org.vinculos.graph.Entities;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWrites;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.WriteOutcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code recordDiasporaFigure}: how many people born in one place live in another in a year, as a source counts them;
 * the same statement, rules and writer as a row of a diasporas file.
 */
@Controller
class DiasporaCorrectionController {

	private static final List<String> PLACES = List.of("Country", "Region", "City");

	private final FactWrites writes;

	private final Entities entities;

	private final Diasporas diasporas;

	DiasporaCorrectionController(FactWrites writes, Entities entities, Diasporas diasporas) {
		this.writes = writes;
		this.entities = entities;
		this.diasporas = diasporas;
	}

	/** A diaspora figure as a steward states it. */
	record DiasporaFigureInput(String origin, String destination, Integer year, Integer stock, String source,
			String sourceUrl) {
	}

	/** What recordDiasporaFigure did: the diaspora as now stored, or why nothing was written. */
	record DiasporaFigurePayload(@Nullable Diaspora diaspora, @Nullable WriteOutcome outcome, List<Problem> errors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	DiasporaFigurePayload recordDiasporaFigure(@Argument DiasporaFigureInput input, Principal principal) {
		DiasporaFigure figure = new DiasporaFigure(input.origin(), input.destination(), input.year(),
				input.stock().longValue(), input.source(), input.sourceUrl());
		Map<String, Entities.Entity> found = this.entities.byIds(Stream.of(input.origin(), input.destination())
			.filter(text -> !text.isBlank()).map(DiasporaFigure::place).toList());
		List<Problem> errors = DiasporaFigureRules.check(figure, id -> isPlace(found.get(id)));
		if (!errors.isEmpty()) {
			return new DiasporaFigurePayload(null, null, errors);
		}
		String operation = "graphql:recordDiasporaFigure";
		String origin = DiasporaFigure.place(Objects.requireNonNull(figure.origin(), "the origin passed its rules"));
		String destination = DiasporaFigure.place(Objects.requireNonNull(figure.destination(),
				"the destination passed its rules"));
		WriteOutcome outcome = this.writes.write(operation, FactKind.DIASPORAS, origin + "|" + destination + "|" + figure.year(),
				DiasporaFigureWriter.WRITER, List.of(DiasporaFigureWriter.row(figure, operation)), StewardChecks.user(principal));
		return new DiasporaFigurePayload(this.diasporas.byId(DiasporaFigure.diasporaId(origin, destination)).orElseThrow(),
				outcome, List.of());
	}

	private static boolean isPlace(Entities.@Nullable Entity entity) {
		return entity != null && PLACES.stream().anyMatch(entity.labels()::contains);
	}

}
