package org.vinculos.importer;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportKindTests {

	@Test
	void aHeaderWithAKindsRequiredColumnsIsThatKindInAnyOrderAndWithOptionalOnes() {
		assertThat(ImportKind.recognise(List.of("city_a", "country_a", "city_b", "country_b", "since", "source")))
			.isEqualTo(ImportKind.SISTER_LINKS);
		assertThat(ImportKind.recognise(List.of("source", "stock", "year", "destination", "origin", "source_url")))
			.isEqualTo(ImportKind.DIASPORAS);
		assertThat(ImportKind.recognise(List.of("name", "country", "source", "population"))).isEqualTo(ImportKind.CITIES);
		for (ImportKind kind : ImportKind.values()) {
			assertThat(ImportKind.recognise(kind.required())).as(kind.title()).isEqualTo(kind);
		}
	}

	@Test
	void aHeaderLackingAColumnIsTakenForTheKindItHasMostOf() {
		List<String> membershipWithoutRole = new ArrayList<>(ImportKind.MEMBERSHIPS.required());
		membershipWithoutRole.remove("role");

		assertThat(ImportKind.recognise(membershipWithoutRole)).isNull();
		assertThat(ImportKind.closest(membershipWithoutRole)).isEqualTo(ImportKind.MEMBERSHIPS);
		assertThat(ImportKind.closest(List.of("city_a", "since"))).as("two of six is no more than half").isNull();
		assertThat(ImportKind.closest(List.of("colour", "size"))).isNull();
	}

	@Test
	void kindsAreNamedAsOnTheCommandLineAndDescribeTheirColumns() {
		assertThat(ImportKind.named("agreements")).isEqualTo(ImportKind.AGREEMENTS);
		assertThat(ImportKind.named("Agreements")).isNull();
		assertThat(ImportKind.AGREEMENTS.describe()).startsWith("an agreements file has the columns title,kind,level,");
		assertThat(ImportKind.CITIES.describe()).isEqualTo("a cities file has the columns name,country,source and optionally "
				+ String.join(",", ImportKind.CITIES.optional()));
	}

}
