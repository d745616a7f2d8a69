package org.vinculos.partner;

/**
 * Which ranking answers {@code partnerSuggestions}: the learned model, with the data it was trained on and what its
 * cross-validation measured, or the reasoned weights and why.
 *
 * @param mode learned or reasoned
 * @param model where the model file was read from
 * @param trainedAt when it was trained
 * @param dataChecksum the checksum of the data it was trained on
 * @param trainedOnThisData whether this server holds that same data
 * @param metrics what its grouped cross-validation measured
 * @param note a sentence for a person
 */
record PartnerRankingStatus(Mode mode, String model, String trainedAt, String dataChecksum, Boolean trainedOnThisData,
		PartnerModel.Metrics metrics, String note) {

	enum Mode {
		LEARNED, REASONED
	}

}
