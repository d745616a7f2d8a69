package org.vinculos.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Connection;
import org.vinculos.graphql.Cursors;
import org.vinculos.provenance.ImportRun;
import org.vinculos.provenance.ImportRuns;
import org.vinculos.provenance.YearOrDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code agreements}: a filtered Relay connection over the agreements the graph holds one by one.
 */
@Controller
class AgreementController {

	private static final int MAX_PAGE = 100;

	private final AgreementRepository agreements;

	private final ImportRuns runs;

	AgreementController(AgreementRepository agreements, ImportRuns runs) {
		this.agreements = agreements;
		this.runs = runs;
	}

	@QueryMapping
	Connection<Agreement> agreements(@Argument @Nullable AgreementFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		AgreementFilter conditions = (filter != null) ? filter : AgreementFilter.NONE;
		checkDate("filter.signedFrom", conditions.signedFrom());
		checkDate("filter.signedTo", conditions.signedTo());
		if (conditions.signedFrom() != null && conditions.signedTo() != null
				&& LocalDate.parse(conditions.signedTo()).isBefore(LocalDate.parse(conditions.signedFrom()))) {
			throw new BadRequestException("Argument 'filter.signedTo' (" + conditions.signedTo()
					+ ") is before 'filter.signedFrom' (" + conditions.signedFrom() + "): no agreement lies between");
		}
		int size = Cursors.pageSize("first", first, MAX_PAGE);
		int offset = Cursors.offsetAfter("after", after);
		AgreementRepository.Page page = this.agreements.page(conditions, offset, size);
		return Connection.of(page.agreements(), offset, page.total());
	}

	@BatchMapping(typeName = "Agreement", field = "importRun")
	Map<Agreement, ImportRun> importRuns(List<Agreement> agreements) {
		return this.runs.of(agreements, Agreement::importRunId);
	}

	private static void checkDate(String argument, @Nullable String value) {
		if (value == null) {
			return;
		}
		try {
			LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			String impossible = YearOrDate.impossibleDate(value);
			throw new BadRequestException("Argument '" + argument + "' " + ((impossible != null) ? impossible
					: "must be a date as YYYY-MM-DD, got: " + value));
		}
	}

}
