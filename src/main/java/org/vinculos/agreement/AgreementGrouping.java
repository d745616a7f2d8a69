package org.vinculos.agreement;

/**
 * The ways agreement statistics can be grouped.
 */
public enum AgreementGrouping {

	STATE, COUNTERPART_TYPE, WORLD_REGION, AREA, PRESIDENTIAL_TERM, COUNTERPART_COUNTRY

}
