package io.tailor.scoring.matching;

/** How well the résumé meets one requirement, and the credit that earns in the score. */
public enum Verdict {

	COVERED(1.0), WEAK(0.5), MISSING(0.0);

	private final double credit;

	Verdict(double credit) {
		this.credit = credit;
	}

	public double credit() {
		return this.credit;
	}

	/** The verdict with the most credit. */
	static Verdict best(Verdict... verdicts) {
		Verdict best = MISSING;
		for (Verdict v : verdicts) {
			best = (v.credit > best.credit) ? v : best;
		}
		return best;
	}

}
