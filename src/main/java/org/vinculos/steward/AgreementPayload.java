package org.vinculos.steward;

import java.util.List;

import org.vinculos.agreement.Agreement;
import org.vinculos.steward.SisterLinkPayload.Outcome;
import org.vinculos.steward.SisterLinkPayload.StewardError;

/**
 * The result of an agreement mutation: the agreement as now stored, what the write did, or why it did nothing.
 */
public record AgreementPayload(Agreement agreement, Outcome outcome, List<StewardError> errors) {
}
