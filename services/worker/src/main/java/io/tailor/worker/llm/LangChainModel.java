package io.tailor.worker.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * A langchain4j chat model as a {@link LanguageModel}. Its own retries are off: a
 * Retry-After up to {@code maxInlineWait} is waited out here (twice at most), a longer
 * one becomes {@link ModelUnavailableException} so the job is rescheduled instead of
 * holding a worker; a 5xx answer is tried once more after a quarter second. Outages open
 * this provider's circuit breaker; refusals and truncation do not.
 */
class LangChainModel implements LanguageModel {

	private static final int INLINE_RETRIES = 2;

	private static final Duration SERVER_ERROR_PAUSE = Duration.ofMillis(250);

	private final String name;

	private final ChatModel model;

	private final CircuitBreaker breaker;

	private final LlmProperties properties;

	LangChainModel(String name, ChatModel model, CircuitBreaker breaker, LlmProperties properties) {
		this.name = name;
		this.model = model;
		this.breaker = breaker;
		this.properties = properties;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ModelReply reply(String system, List<Turn> turns) {
		ChatRequest request = request(system, turns);
		for (int attempt = 0;; attempt++) {
			try {
				return this.breaker.executeSupplier(() -> call(request));
			}
			catch (CallNotPermittedException ex) {
				throw new ModelUnavailableException(this.name + " is failing; its circuit is open", null, ex);
			}
			catch (ModelUnavailableException ex) {
				Duration wait = ex.retryAfter().orElse((attempt == 0 && serverError(ex)) ? SERVER_ERROR_PAUSE : null);
				if (wait == null || wait.compareTo(this.properties.maxInlineWait()) > 0 || attempt >= INLINE_RETRIES) {
					throw ex;
				}
				sleep(wait);
			}
		}
	}

	private ModelReply call(ChatRequest request) {
		ChatResponse response;
		try {
			response = this.model.chat(request);
		}
		catch (LangChain4jException ex) {
			throw translate(ex);
		}
		TokenUsage usage = response.tokenUsage();
		ModelReply reply = new ModelReply((response.aiMessage() != null) ? response.aiMessage().text() : null,
				(response.modelName() != null) ? response.modelName() : this.name, tokens(usage, true),
				tokens(usage, false));
		if (response.finishReason() == FinishReason.CONTENT_FILTER) {
			throw new ModelRefusedException(this.name + " filtered its answer", null, reply);
		}
		if (response.finishReason() == FinishReason.LENGTH) {
			throw new ModelTruncatedException(
					this.name + " stopped at the output limit of " + this.properties.maxOutputTokens() + " tokens",
					reply);
		}
		return reply;
	}

	private RuntimeException translate(LangChain4jException ex) {
		if (ex instanceof ContentFilteredException || mentionsContentFilter(ex)) {
			return new ModelRefusedException(this.name + " refused the content", ex);
		}
		Duration retryAfter = (ex instanceof RateLimitException) ? RetryAfters.of(ex) : null;
		return new ModelUnavailableException(this.name + " did not answer: " + ex.getClass().getSimpleName(),
				retryAfter, ex);
	}

	/** A 5xx answer: worth one more try before the chain moves on. */
	private static boolean serverError(ModelUnavailableException ex) {
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof InternalServerException || (t instanceof HttpException http && http.statusCode() >= 500)) {
				return true;
			}
		}
		return false;
	}

	private static boolean mentionsContentFilter(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("content_filter")) {
				return true;
			}
		}
		return false;
	}

	private ChatRequest request(String system, List<Turn> turns) {
		List<ChatMessage> messages = new ArrayList<>();
		messages.add(SystemMessage.from(system));
		for (Turn turn : turns) {
			messages.add(turn.fromUser() ? UserMessage.from(turn.text()) : AiMessage.from(turn.text()));
		}
		var parameters = ChatRequestParameters.builder()
			.maxOutputTokens(this.properties.maxOutputTokens())
			.temperature(this.properties.temperature());
		if (this.properties.jsonMode()) {
			parameters.responseFormat(ResponseFormat.JSON);
		}
		return ChatRequest.builder().messages(messages).parameters(parameters.build()).build();
	}

	private static int tokens(TokenUsage usage, boolean input) {
		if (usage == null) {
			return 0;
		}
		Integer count = input ? usage.inputTokenCount() : usage.outputTokenCount();
		return (count != null) ? count : 0;
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ModelUnavailableException("Interrupted while waiting out a rate limit", wait, ex);
		}
	}

}
