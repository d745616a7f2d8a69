package org.vinculos.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTests {

	@Test
	void aCursorPointsAtThePositionAfterIt() {
		assertThat(Cursors.offsetAfter("after", null)).isZero();
		assertThat(Cursors.offsetAfter("after", Cursors.of(19))).isEqualTo(20);
		assertThat(Cursors.offsetAfter("after", Cursors.of(Integer.MAX_VALUE - 1))).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void aCursorWithNoPositionAfterItOrNotMadeHereIsABadRequestNamingTheArgument() {
		assertThatThrownBy(() -> Cursors.offsetAfter("after", Cursors.of(Integer.MAX_VALUE)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("'after'");
		assertThatThrownBy(() -> Cursors.offsetAfter("after", "not-a-cursor"))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("'after'");
	}

}
