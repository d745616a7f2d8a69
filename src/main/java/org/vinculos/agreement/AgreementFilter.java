package org.vinculos.agreement;

/**
 * Conditions on agreements; each one left null does not filter.
 */
public record AgreementFilter(String party, String counterpartCountry, String kind, String area, String status,
		String signedFrom, String signedTo, Boolean registered) {

	static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null, null, null);

}
