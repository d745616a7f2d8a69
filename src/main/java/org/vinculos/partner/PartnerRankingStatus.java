package org.vinculos.partner;

import org.jspecify.annotations.Nullable;

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
record PartnerRankingStatus(Mode mode, @Nullable String model, @Nullable String trainedAt,
		@Nullable String dataChecksum, @Nullable Boolean trainedOnThisData, PartnerModel.@Nullable Metrics metrics,
		String note) {

	enum Mode {
		LEARNED, REASONED
	}

}
