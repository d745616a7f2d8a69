package org.vinculos.steward;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.agreement.Agreement;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.WriteOutcome;

/**
 * The result of an agreement mutation: the agreement as now stored, what the write did, or why it did nothing.
 */
public record AgreementPayload(@Nullable Agreement agreement, @Nullable WriteOutcome outcome, List<Problem> errors) {
}
