package io.tailor.worker.guardrails;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsTest {

	private static final String SOURCE = """
			Senior Engineer, Northwind Logistics, 2020 - Present
			- Cut p95 latency by 40% with Redis caching on AKS
			BSc Computer Science, Delft University of Technology, 2013
			Java 17/21, Spring Boot, C++, .NET""";

	@Test
	void aRephrasedLineWithKnownFactsIsSupported() {
		assertThat(Claims.unsupported("Reduced p95 latency by 40% using Redis caching on AKS", SOURCE)).isEmpty();
		assertThat(Claims.unsupported("Senior Engineer at Northwind Logistics since 2020", SOURCE)).isEmpty();
		assertThat(Claims.unsupported("Builds services in Java 17, C++ and .NET", SOURCE)).isEmpty();
	}

	@Test
	void inventedEmployersNumbersCertificationsAndToolsAreNot() {
		assertThat(Claims.unsupported("Cut p95 latency by 60%", SOURCE)).containsExactly("60");
		assertThat(Claims.unsupported("Engineer at Contoso since 2018", SOURCE)).containsExactly("Contoso", "2018");
		assertThat(Claims.unsupported("AWS Certified Solutions Architect", SOURCE)).contains("AWS", "Certified");
		assertThat(Claims.unsupported("MSc Computer Science, Delft", SOURCE)).containsExactly("MSc");
		assertThat(Claims.unsupported("Ran workloads on Kubernetes", SOURCE)).containsExactly("Kubernetes");
	}

	@Test
	void aDegreeIsAClaimInAnyCaseButTheVerbIsNot() {
		assertThat(Claims.unsupported("holds a master's degree in computing", SOURCE))
			.containsExactly("master's degree");
		assertThat(Claims.unsupported("keen to master new tooling", SOURCE)).isEmpty();
	}

	@Test
	void aNameOrTermWrittenInLowerCaseIsAClaim() {
		assertThat(Claims.unsupported("led a team of engineers at globex dynamics", SOURCE)).containsExactly("globex");
		assertThat(Claims.unsupported("wrote services in golang and terraform", SOURCE)).containsExactly("golang",
				"terraform");
		assertThat(Claims.unsupported("reduced latency by caching with redis on aks", SOURCE)).isEmpty();
	}

	@Test
	void ordinaryRewordingIsNotAClaimAndOtherLanguagesAreLeftToTheirNames() {
		assertThat(Claims.unsupported("Lowered p95 latency by 40% through careful Redis caching", SOURCE)).isEmpty();
		String german = "Fachkrankenpflegerin Intensivpflege, Klinikum Ahrtal, seit 2019\n"
				+ "- Betreuung beatmeter Patientinnen und Patienten auf der Intensivstation";
		assertThat(Claims.unsupported("Versorgung von beatmeten Patienten auf der Intensivstation", german)).isEmpty();
	}

	@Test
	void britishSpellingsOtherFormsOfTheSourcesWordsAndWorkplaceWordsAreNotClaims() {
		String source = "Built a microservice for the analytics team; analyzed behavior of the order center";
		assertThat(Claims.unsupported("split the monolith into microservices with better uptime", source)).isEmpty();
		assertThat(Claims.unsupported("analysed the behaviour of the organisation's centre", source)).isEmpty();
		assertThat(Claims.unsupported("made the codebase scalable", source)).isEmpty();
		assertThat(Claims.unsupported("built services for globex dynamics", source)).containsExactly("globex");
	}

	@Test
	void placeholdersAreNotClaims() {
		assertThat(Claims.unsupported("Reach [NAME] at [EMAIL_1]", SOURCE)).isEmpty();
	}

}
