package io.tailor.scoring.eval;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingTest {

	/**
	 * Two jobs, three résumés: each job ranks its résumés right; the nurse, scored higher
	 * for the kitchen, does not rank her jobs right.
	 */
	private static final List<Ranking.Scored> PAIRS = List.of(new Ranking.Scored("nurse", "icu", 2, 90),
			new Ranking.Scored("lpn", "icu", 1, 60), new Ranking.Scored("chef", "icu", 0, 10),
			new Ranking.Scored("nurse", "kitchen", 0, 95), new Ranking.Scored("lpn", "kitchen", 0, 50),
			new Ranking.Scored("chef", "kitchen", 2, 20));

	@Test
	void eachJobsRankingOfItsResumes() {
		assertThat(Ranking.kendall(PAIRS.subList(0, 3))).isEqualTo(1.0);
		assertThat(Ranking.auroc(PAIRS.subList(0, 3))).isEqualTo(1.0);
	}

	@Test
	void perResumeRanksEachResumesJobs() {
		List<Ranking.Scored> turned = Ranking.perResume(PAIRS);
		assertThat(turned.get(0).job()).isEqualTo("nurse");
		assertThat(Ranking.kendall(turned)).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(Ranking.auroc(turned)).isEqualTo(Ranking.auroc(PAIRS));
	}

	@Test
	void aMethodMinusItselfIsZeroThroughout() {
		Ranking.Interval same = Ranking.difference(PAIRS, PAIRS, Ranking::kendall, true);
		assertThat(List.of(same.value(), same.low(), same.high())).containsOnly(0.0);
	}

}
