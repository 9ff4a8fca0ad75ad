package io.tailor.worker.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each prompt rendered with a fixed input equals its committed snapshot, so a prompt
 * change is a reviewable diff; run with {@code -Dsnapshots.write=true} to accept a
 * change.
 */
class PromptSnapshotTest {

	private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

	@Test
	void tailorV1() throws IOException {
		String rendered = Prompts.render("tailor/v1/system.md", Map.of()) + "\n=====\n"
				+ Prompts.render("tailor/v1/user.md",
						Map.of("resume", "L4: Backend engineer with 8 years of Java.", "job", "- Java and Kafka",
								"matched", "Java", "missing", "Kubernetes"))
				+ "\n=====\n" + Prompts.render("tailor/v1/repair.md", Map.of("error", "line 2: \"sources\" is empty"));
		Path snapshot = SNAPSHOTS.resolve("tailor-v1.txt");
		if (Boolean.getBoolean("snapshots.write")) {
			Files.writeString(snapshot, rendered, StandardCharsets.UTF_8);
		}
		assertThat(snapshot).as("run with -Dsnapshots.write=true to accept a prompt change").exists();
		assertThat(rendered).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
	}

	@Test
	void coverLetterV1() throws IOException {
		String rendered = Prompts.render("cover-letter/v1/system.md", Map.of()) + "\n=====\n"
				+ Prompts.render("cover-letter/v1/user.md", Map.of("covered", "- Java (L4)", "resume",
						"L4: Backend engineer with 8 years of Java.", "job", "- Java and Kafka"));
		Path snapshot = SNAPSHOTS.resolve("cover-letter-v1.txt");
		if (Boolean.getBoolean("snapshots.write")) {
			Files.writeString(snapshot, rendered, StandardCharsets.UTF_8);
		}
		assertThat(snapshot).as("run with -Dsnapshots.write=true to accept a prompt change").exists();
		assertThat(rendered).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
	}

	@Test
	void aMissingValueIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> Prompts.render("tailor/v1/user.md", Map.of()));
	}

}
