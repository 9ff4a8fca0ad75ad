package io.tailor.worker.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Answers from the cache when the same model was asked the same thing before (the key
 * hashes the provider, the deployment or model asked for, the system prompt, which
 * carries the prompt version, and every turn); otherwise asks the model. Only answers the
 * tailor {@linkplain #accepted accepts} (valid, nothing removed) are remembered, so a
 * failure is never replayed. A cached answer costs no tokens.
 */
public class CachingLanguageModel implements LanguageModel {

	private final LanguageModel model;

	private final AnswerCache cache;

	private final String requestModel;

	public CachingLanguageModel(LanguageModel model, AnswerCache cache) {
		this(model, model.name(), cache);
	}

	public CachingLanguageModel(LanguageModel model, String requestModel, AnswerCache cache) {
		this.model = model;
		this.cache = cache;
		this.requestModel = (requestModel != null) ? requestModel : model.name();
	}

	@Override
	public String name() {
		return this.model.name();
	}

	@Override
	public ModelReply reply(String system, List<Turn> turns) {
		String key = key(system, turns);
		Optional<String> cached = this.cache.find(key);
		if (cached.isPresent()) {
			return new ModelReply(cached.get(), this.model.name() + " (cached)", 0, 0);
		}
		return this.model.reply(system, turns);
	}

	@Override
	public void accepted(String system, List<Turn> turns, ModelReply reply) {
		if (!reply.model().endsWith(" (cached)")) {
			this.cache.put(key(system, turns), reply.text());
		}
		this.model.accepted(system, turns, reply);
	}

	private String key(String system, List<Turn> turns) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, this.model.name());
			update(digest, this.requestModel);
			update(digest, system);
			for (Turn turn : turns) {
				update(digest, turn.fromUser() ? "user" : "model");
				update(digest, turn.text());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
		digest.update((byte) ':');
		digest.update(bytes);
	}

}
