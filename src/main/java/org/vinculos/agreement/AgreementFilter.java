package org.vinculos.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Conditions on agreements; each one left null does not filter.
 */
public record AgreementFilter(@Nullable String party, @Nullable String counterpartCountry, @Nullable String kind, @Nullable String area, @Nullable String status,
		@Nullable String signedFrom, @Nullable String signedTo, @Nullable Boolean registered) {

	static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null, null, null);

}
