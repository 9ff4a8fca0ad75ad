package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The years and degree checks (since match-v2): a requirement's verdict can only be
 * lowered by them, and each check is recorded in words. Years are checked only when the
 * résumé has dated positions (since match-v4): unread dates are not zero years.
 */
final class Checks {

	private Checks() {
	}

	static RequirementMatch apply(RequirementMatch match, double years, boolean dated, int degree) {
		Requirement requirement = match.requirement();
		Verdict verdict = match.verdict();
		List<String> checks = new ArrayList<>();
		if (requirement.years() != null && !dated) {
			checks.add("asks " + requirement.years()
					+ " years; no dated position was found in the résumé, so the years were not checked");
		}
		else if (requirement.years() != null) {
			int asked = requirement.years();
			checks.add(String.format(Locale.ROOT, "asks %d years; the résumé's dated experience is %.1f years", asked,
					years));
			verdict = (years >= asked) ? verdict
					: lower(verdict, (years * 2 >= asked) ? Verdict.WEAK : Verdict.MISSING);
		}
		if (requirement.degree() != null) {
			int asked = DegreeLevel.of(requirement.degree());
			String named = requirement.degree().endsWith("degree") ? requirement.degree()
					: requirement.degree() + " degree";
			checks.add(("aeiou".indexOf(named.charAt(0)) >= 0 ? "asks an " : "asks a ") + named
					+ "; the résumé's highest is "
					+ List.of("none", "associate or diploma", "bachelor", "master", "doctorate").get(degree));
			verdict = (degree >= asked) ? verdict : lower(verdict, (degree > 0) ? Verdict.WEAK : Verdict.MISSING);
		}
		return new RequirementMatch(requirement, verdict, match.missingSkills(), match.evidence(), match.terms(),
				List.copyOf(checks));
	}

	private static Verdict lower(Verdict verdict, Verdict cap) {
		return (verdict.credit() <= cap.credit()) ? verdict : cap;
	}

}
