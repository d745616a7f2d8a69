package org.vinculos.seed.convert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkListsTests {

	@Test
	void aLocalGovernmentsNameGivesThePlaceItGoverns() {
		assertThat(NetworkLists.governmentPlace("Ayuntamiento de Celaya")).isEqualTo("Celaya");
		assertThat(NetworkLists.governmentPlace("XIV Ayuntamiento de La Paz")).isEqualTo("La Paz");
		assertThat(NetworkLists.governmentPlace("Gobierno Municipal de León de los Aldamas")).isEqualTo("León de los Aldamas");
		assertThat(NetworkLists.governmentPlace("Municipalidad Distrital de Miraflores")).isEqualTo("Miraflores");
		assertThat(NetworkLists.governmentPlace("Semarang City Government")).isEqualTo("Semarang");
		assertThat(NetworkLists.governmentPlace("Indore Municipal Corporation")).isEqualTo("Indore");
		assertThat(NetworkLists.governmentPlace("Town of Princeton, NJ")).isEqualTo("Princeton, NJ");
	}

	@Test
	void aCityWhoseNameEndsInCityKeepsIt() {
		assertThat(NetworkLists.governmentPlace("Mexico City")).isEqualTo("Mexico City");
		assertThat(NetworkLists.governmentPlace("Quezon City")).isEqualTo("Quezon City");
		assertThat(NetworkLists.governmentPlace("Torreón")).isEqualTo("Torreón");
	}

}
