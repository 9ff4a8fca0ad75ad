package io.tailor.scoring.matching;

import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillMatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryNamesTest {

	private static final String RESUME = """
			Kenji Nakamura
			Eugene, OR · kenji@example.com

			## Experience
			Sous Chef, Olive & Vine, Portland, OR, 2019 – 2023
			- Ran whole-animal butchery for a Portland farm-to-table menu

			## Education
			A.S. Culinary Arts, Lane Community College, 2015
			""";

	private final EntryNames names = EntryNames.of(new ResumeParser().parse(RESUME), MatchScorer.lineStarts(RESUME));

	@Test
	void spansTheTaggerFoundInPlacesEmployersInstitutionsAndContactLinesAreNoSkills() {
		assertThat(this.names.namesNoSkill(tagged("Portland", RESUME.indexOf("Portland")))).isTrue();
		assertThat(this.names.namesNoSkill(tagged("Lane Community College", RESUME.indexOf("Lane")))).isTrue();
		assertThat(this.names.namesNoSkill(tagged("Olive", RESUME.indexOf("Olive")))).isTrue();
		assertThat(this.names.namesNoSkill(tagged("Eugene", RESUME.indexOf("Eugene")))).isTrue();
	}

	@Test
	void aSpanThatOnlySharesPartOfAWordWithANameOrIsFromTheDictionaryOrElsewhereStays() {
		assertThat(this.names.namesNoSkill(tagged("whole-animal butchery", RESUME.indexOf("whole")))).isFalse();
		assertThat(this.names.namesNoSkill(tagged("Portland", RESUME.lastIndexOf("Portland")))).isFalse();
		assertThat(this.names.namesNoSkill(tagged("Port", RESUME.indexOf("Portland")))).isFalse();
		SkillMatch dictionary = new SkillMatch("culinary arts", "culinary arts", "Culinary Arts",
				RESUME.indexOf("Culinary"), RESUME.indexOf("Culinary") + 13, 1, "label", Skill.Kind.KNOWLEDGE);
		assertThat(this.names.namesNoSkill(dictionary)).isFalse();
	}

	private static SkillMatch tagged(String span, int start) {
		return new SkillMatch("span:" + span.toLowerCase(), span, span, start, start + span.length(), 0.5,
				SkillMatch.TAGGED, Skill.Kind.KNOWLEDGE);
	}

}
