package org.vinculos.steward;

import java.util.List;

/**
 * An agreement as a steward states it (createAgreement), or the changes to one (updateAgreement: id and the fields
 * that change).
 */
public record AgreementInput(String id, String title, String kind, String level, String mexicanParty,
		List<String> counterparts, String counterpartType, List<String> topics, String signed, String ended, String status,
		Boolean registered, String source, String sourceUrl) {
}
