package org.vinculos.steward;

import java.security.Principal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vinculos.diaspora.Diaspora;
import org.vinculos.diaspora.Diasporas;
import org.vinculos.importer.ImportService;
import org.vinculos.steward.SisterLinkPayload.Outcome;
import org.vinculos.steward.SisterLinkPayload.StewardError;
import org.vinculos.steward.SisterLinkPayload.StewardError.Code;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code recordDiasporaFigure}: how many people born in one place live in another in a year, as a source counts them,
 * written like one row of a diasporas file.
 */
@Controller
class DiasporaCorrectionController {

	private static final List<String> PLACES = List.of("Country", "Region", "City");

	private final ImportService writer;

	private final StewardRepository entities;

	private final Diasporas diasporas;

	DiasporaCorrectionController(ImportService writer, StewardRepository entities, Diasporas diasporas) {
		this.writer = writer;
		this.entities = entities;
		this.diasporas = diasporas;
	}

	/** A diaspora figure as a steward states it. */
	record DiasporaFigureInput(String origin, String destination, Integer year, Integer stock, String source,
			String sourceUrl) {
	}

	/** What recordDiasporaFigure did: the diaspora as now stored, or why nothing was written. */
	record DiasporaFigurePayload(Diaspora diaspora, Outcome outcome, List<StewardError> errors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	DiasporaFigurePayload recordDiasporaFigure(@Argument DiasporaFigureInput input, Principal principal) {
		List<StewardError> errors = new ArrayList<>();
		// Country codes are upper case, as in diasporas files; "mx" means MX.
		String origin = place(input.origin());
		String destination = place(input.destination());
		Map<String, StewardRepository.Entity> found = this.entities.entities(List.of(origin, destination));
		for (String field : List.of("origin", "destination")) {
			String id = field.equals("origin") ? origin : destination;
			StewardRepository.Entity place = found.get(id);
			if (place == null || PLACES.stream().noneMatch(place.labels()::contains)) {
				errors.add(new StewardError(field, Code.NOT_FOUND, "no country, state or city has the id " + id));
			}
		}
		if (origin.equals(destination)) {
			errors.add(new StewardError("destination", Code.INVALID, "a diaspora lives outside its origin"));
		}
		int thisYear = Year.now().getValue();
		if (input.year() < 1800 || input.year() > thisYear) {
			errors.add(new StewardError("year", Code.INVALID, "year " + input.year() + " is out of range (1800 to "
					+ thisYear + ")"));
		}
		if (input.stock() < 0) {
			errors.add(new StewardError("stock", Code.INVALID, "stock must be a whole number of people, got: "
					+ input.stock()));
		}
		StewardChecks.source(errors, input.source(), input.sourceUrl());
		if (!errors.isEmpty()) {
			return new DiasporaFigurePayload(null, null, errors);
		}
		String outcome = this.writer.writeDiasporaFigure(origin, destination, input.year(), input.stock(),
				input.source().strip(), input.sourceUrl(), "graphql:recordDiasporaFigure", StewardChecks.user(principal));
		return new DiasporaFigurePayload(this.diasporas.byId(ImportService.diasporaId(origin, destination)).orElseThrow(),
				Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), List.of());
	}

	private static String place(String id) {
		return (id.length() == 2) ? id.toUpperCase(Locale.ROOT) : id;
	}

}
