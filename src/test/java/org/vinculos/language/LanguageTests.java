package org.vinculos.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LanguageTests {

	private static final Pattern SPECIFIER = Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]");

	@Test
	void everyPhraseHasBothLanguagesWithTheSameArgumentsInTheSameOrder() {
		assertThat(Language.ES.keys()).isEqualTo(Language.EN.keys()).isNotEmpty();
		for (String key : Language.EN.keys()) {
			assertThat(specifiers(Language.ES.template(key))).as(key).isEqualTo(specifiers(Language.EN.template(key)));
		}
	}

	@Test
	void nestedPhrasesAndNamesAreSaidInTheSameLanguage() {
		Phrase diaspora = Phrase.of("partner.diaspora", 11_513_223L, new Names("Mexico", "México"),
				new Names("United States", "Estados Unidos"), 2024);
		Phrase size = Phrase.of("mirror.size.population", Phrase.of("mirror.people.millions", 1.142994),
				Phrase.of("mirror.people.thousands", 371.2));

		assertThat(diaspora.in(Language.EN)).isEqualTo("11,513,223 people born in Mexico live in United States (2024)");
		assertThat(diaspora.in(Language.ES))
			.isEqualTo("11,513,223 personas nacidas en México viven en Estados Unidos (2024)");
		assertThat(size.in(Language.EN)).isEqualTo("population 1.14 M vs 371 k");
		assertThat(size.in(Language.ES)).isEqualTo("población 1.14 M frente a 371 mil");
	}

	@Test
	void anExplanationJoinsItsPhrasesAndANameWithoutASpanishFormFallsBackToEnglish() {
		Explanation explanation = Explanation.of(Phrase.of("partner.track", 12, 3, new Names("Mexico", null)),
				Phrase.of("partner.track.activity", 2, 1));

		assertThat(explanation.in(Language.EN)).isEqualTo("12 sister cities, 3 of them in Mexico; 2 agreements and 1 cooperations");
		assertThat(explanation.in(Language.ES)).isEqualTo("12 ciudades hermanas, 3 de ellas en Mexico; 2 acuerdos y 1 cooperaciones");
		assertThat(Explanation.NONE.in(Language.ES)).isEmpty();
	}

	@Test
	void anUnknownKeyIsAnErrorNotAnEmptySentence() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.of("no.such.phrase").in(Language.ES))
			.withMessageContaining("no.such.phrase");
	}

	private static List<String> specifiers(String template) {
		Matcher m = SPECIFIER.matcher(template);
		return m.results().map(r -> r.group().replace(",", "")).toList();
	}

}
