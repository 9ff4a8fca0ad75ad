package io.tailor.worker.guardrails;

import java.util.regex.Pattern;

/**
 * Headings that name a section and nothing else ("Professional Experience", "Technical
 * Skills & Tools", "Licenses and Certifications", "Volunteer Work"): a tailor may write
 * them whatever the résumé calls its sections, so they state no fact to verify.
 */
public final class SectionNames {

	private static final String NAME = "(?:(?:professional|work|relevant|technical|core|key|career|selected|additional"
			+ "|other|personal|academic|employment)\\s+)?"
			+ "(?:summary|profile|overview|objective|highlights|experience|employment|history|work|skills|competencies"
			+ "|expertise|tools|technologies|frameworks|languages|projects|certifications?|certificates|licen[cs]es?"
			+ "|licensure|credentials|education|training|qualifications|achievements|accomplishments|awards|honou?rs"
			+ "|publications|volunteering|volunteer\\s+(?:work|experience)|affiliations|memberships|interests"
			+ "|activities|references|courses|coursework)";

	private static final Pattern NAMES = Pattern
		.compile("(?i)" + NAME + "(?:\\s*(?:&|and|/|,)\\s*" + NAME + ")*(?:\\s+history)?");

	private SectionNames() {
	}

	public static boolean only(String heading) {
		return NAMES.matcher(heading.strip()).matches();
	}

}
