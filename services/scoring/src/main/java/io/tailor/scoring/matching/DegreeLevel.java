package io.tailor.scoring.matching;

import java.util.Locale;

/**
 * How high a degree is: doctorate 4, master 3, bachelor (or a degree unnamed) 2,
 * associate, diploma or GED 1.
 */
final class DegreeLevel {

	private DegreeLevel() {
	}

	static int of(String degree) {
		if (degree == null) {
			return 0;
		}
		String d = degree.toLowerCase(Locale.ROOT).replace(".", "");
		if (d.startsWith("ph") || d.startsWith("doctor")) {
			return 4;
		}
		if (d.startsWith("master") || d.startsWith("msc") || d.startsWith("ms") || d.startsWith("mba")
				|| d.startsWith("msn")) {
			return 3;
		}
		if (d.startsWith("associate") || d.equals("as") || d.equals("aa") || d.equals("aas") || d.contains("diploma")
				|| d.equals("ged")) {
			return 1;
		}
		return 2;
	}

}
