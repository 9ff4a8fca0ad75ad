package io.tailor.worker.llm;

import java.util.List;

/**
 * One chat completion: a system prompt and user turns in, the model's text and its token
 * counts out.
 *
 * @throws ModelUnavailableException when the provider cannot answer now (another may)
 * @throws ModelRefusedException when the provider refuses the content
 * @throws ModelTruncatedException when the answer was cut off at the output limit
 */
public interface LanguageModel {

	String name();

	ModelReply reply(String system, List<Turn> turns);

	/**
	 * Told that the reply to this question passed every check (valid, grounded, nothing
	 * removed); a cache keeps only such answers.
	 */
	default void accepted(String system, List<Turn> turns, ModelReply reply) {
	}

	/** A turn of the conversation: the user's or the model's. */
	record Turn(boolean fromUser, String text) {

		public static Turn user(String text) {
			return new Turn(true, text);
		}

		public static Turn model(String text) {
			return new Turn(false, text);
		}

	}

}
