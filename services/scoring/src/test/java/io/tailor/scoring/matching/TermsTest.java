package io.tailor.scoring.matching;

import io.tailor.scoring.skills.CommonWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {

	@Test
	void theLanguageIsTheOneWhoseFunctionWordsTheTextUses() {
		assertThat(TextLanguage.of("Sie haben eine Ausbildung und Erfahrung in der Pflege."))
			.isEqualTo(TextLanguage.GERMAN);
		assertThat(TextLanguage.of("Vous avez une expérience dans la comptabilité et les clients."))
			.isEqualTo(TextLanguage.FRENCH);
		assertThat(TextLanguage.of("Tienes experiencia en la gestión de los pedidos y del almacén."))
			.isEqualTo(TextLanguage.SPANISH);
		assertThat(TextLanguage.of("You have experience with the ICU and die-cast parts."))
			.isEqualTo(TextLanguage.ENGLISH);
	}

	@Test
	void germanFrenchAndSpanishWordsMeetAtTheirStem() {
		CommonWords words = CommonWords.shipped();
		assertThat(Terms.of("Ausbildungen", words, TextLanguage.GERMAN))
			.isEqualTo(Terms.of("Ausbildung", words, TextLanguage.GERMAN));
		assertThat(Terms.of("expériences", words, TextLanguage.FRENCH))
			.isEqualTo(Terms.of("expérience", words, TextLanguage.FRENCH));
		assertThat(Terms.of("pedidos", words, TextLanguage.SPANISH))
			.isEqualTo(Terms.of("pedido", words, TextLanguage.SPANISH));
	}

	@Test
	void outsideEnglishOnlyAcronymsAndProductsWeighAsRare() {
		var terms = Terms.weighted("Hygiene nach HACCP und DATEV", CommonWords.shipped(), TextLanguage.GERMAN);
		assertThat(terms.values()).containsExactly(1.0, Terms.RARE_WEIGHT, Terms.RARE_WEIGHT);
	}

}
