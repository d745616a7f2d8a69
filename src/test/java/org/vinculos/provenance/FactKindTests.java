package org.vinculos.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactKindTests {

	@Test
	void aFactIsNamedByItsPartiesNamesAndIdsWhateverToldIt() {
		assertThat(FactKind.SISTER_LINKS.name(List.of("Guadalajara", "inegi:14039", "San Antonio", "geonames:4726206",
				"steward:acta")))
			.isEqualTo("sister link Guadalajara (inegi:14039) – San Antonio (geonames:4726206), source steward:acta");
		assertThat(FactKind.MEMBERSHIPS.name(List.of("Hermosillo", "inegi:26030", "ICLEI", "network:iclei", "steward:list")))
			.isEqualTo("membership of Hermosillo (inegi:26030) in ICLEI (network:iclei), source steward:list");
		assertThat(FactKind.AGREEMENTS.name(List.of("Convenio de hermanamiento", "agreement:ae77b9e62e267e35")))
			.isEqualTo("agreement \"Convenio de hermanamiento\" (agreement:ae77b9e62e267e35)");
		assertThat(FactKind.DIASPORAS.name(List.of("Mexico", "Finland", 2019L, "migrant-stock:s:MX>FI:2019")))
			.isEqualTo("diaspora figure of people born in Mexico living in Finland, 2019 (migrant-stock:s:MX>FI:2019)");
		assertThat(FactKind.CITIES.name(List.of("Villa Nueva", "city:fi:villa-nueva")))
			.isEqualTo("city Villa Nueva (city:fi:villa-nueva)");
	}

	@Test
	void anEntityWithoutANameIsNamedByItsId() {
		assertThat(FactKind.SISTER_LINKS.name(Arrays.asList(null, "inegi:14039", "San Antonio", "geonames:4726206", "s")))
			.isEqualTo("sister link inegi:14039 – San Antonio (geonames:4726206), source s");
	}

	@Test
	void everyKindHasItsFileTitle() {
		assertThat(FactKind.TITLES).containsExactly("sister-links", "memberships", "agreements", "diasporas", "cities");
		assertThat(FactKind.titled("diasporas")).isEqualTo(FactKind.DIASPORAS);
		assertThat(FactKind.titled("Diasporas")).isNull();
	}

	@Test
	void aWriteStatementsOutcomeIsReadStrictly() {
		assertThat(WriteOutcome.of("created")).isEqualTo(WriteOutcome.CREATED);
		assertThat(WriteOutcome.of("unchanged")).isEqualTo(WriteOutcome.UNCHANGED);
		assertThatThrownBy(() -> WriteOutcome.of("CREATED")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("CREATED");
	}

	@Test
	void stewardsRowsTogetherCreatedWhenAnyCreatedElseUpdatedWhenAnyChanged() {
		Writes writes = Writes.ofOne(new ArrayList<>());
		assertThat(writes.outcome()).isEqualTo(WriteOutcome.UNCHANGED);
		writes.count(WriteOutcome.UNCHANGED, 2);
		writes.count(WriteOutcome.UPDATED, 1);
		assertThat(writes.outcome()).isEqualTo(WriteOutcome.UPDATED);
		writes.count(WriteOutcome.CREATED, 0);
		assertThat(writes.outcome()).as("a count of none is no outcome").isEqualTo(WriteOutcome.UPDATED);
		writes.count(WriteOutcome.CREATED, 1);
		assertThat(writes.outcome()).isEqualTo(WriteOutcome.CREATED);
		assertThat(writes.outcomes()).isEqualTo(Map.of(WriteOutcome.CREATED, 1L, WriteOutcome.UPDATED, 1L,
				WriteOutcome.UNCHANGED, 2L));
	}

}
