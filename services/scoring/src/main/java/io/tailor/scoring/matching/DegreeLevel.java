package io.tailor.scoring.matching;

import java.util.Locale;

/** How high a degree is: doctorate 3, master 2, bachelor (or a degree unnamed) 1. */
final class DegreeLevel {

	private DegreeLevel() {
	}

	static int of(String degree) {
		if (degree == null) {
			return 0;
		}
		String d = degree.toLowerCase(Locale.ROOT).replace(".", "");
		if (d.startsWith("ph") || d.startsWith("doctor")) {
			return 3;
		}
		if (d.startsWith("master") || d.startsWith("msc") || d.startsWith("ms") || d.startsWith("mba")
				|| d.startsWith("msn")) {
			return 2;
		}
		return 1;
	}

}
