package io.tailor.worker.llm;

import java.util.List;

/**
 * Screens the documents a language model would be given for instructions planted in them,
 * by meaning, beside {@code guardrails.Injection}'s rules.
 */
public interface PromptShield {

	/** The shield that finds nothing: no screening service is configured. */
	PromptShield NONE = (documents) -> List.of();

	/**
	 * The indexes of the documents found to carry an attack, in order.
	 * @throws ModelUnavailableException when the screening service does not answer
	 */
	List<Integer> attacks(List<String> documents);

}
