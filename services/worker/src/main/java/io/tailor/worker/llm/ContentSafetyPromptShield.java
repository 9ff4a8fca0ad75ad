package io.tailor.worker.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.AzureKeyCredentialPolicy;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.FixedDelay;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.util.Context;
import com.azure.core.util.HttpClientOptions;
import com.azure.identity.DefaultAzureCredentialBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Azure AI Content Safety's Prompt Shields ({@code text:shieldPrompt}, API version
 * {@value #API_VERSION}) through the Azure SDK's HTTP pipeline (the Content Safety client
 * library has no method for it): the documents go in requests of at most
 * {@value #MAX_DOCUMENTS} documents and {@value #MAX_CHARACTERS} characters, a longer
 * document split; a document is an attack when any of its parts is. Authenticates with
 * the key when one is set, else with Entra ID (Cognitive Services User on the resource);
 * a failed request is tried twice more, 200 ms apart whatever Retry-After says, each
 * answer awaited 10 s at most; an answer judging fewer documents than sent is no answer.
 * A longer document's parts overlap by {@value #OVERLAP} characters.
 */
public final class ContentSafetyPromptShield implements PromptShield {

	static final String API_VERSION = "2024-09-01";

	static final int MAX_DOCUMENTS = 5;

	static final int MAX_CHARACTERS = 10_000;

	/** Parts of a long document overlap by this much, so that no sentence is only cut. */
	static final int OVERLAP = 500;

	private static final String REQUEST = "Tailor this résumé to the job description.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpPipeline pipeline;

	private final String url;

	public ContentSafetyPromptShield(LlmProperties.ContentSafety settings, HttpClient http) {
		HttpPipelinePolicy credential = (settings.apiKey() != null && !settings.apiKey().isBlank())
				? new AzureKeyCredentialPolicy("Ocp-Apim-Subscription-Key", new AzureKeyCredential(settings.apiKey()))
				: new BearerTokenAuthenticationPolicy(new DefaultAzureCredentialBuilder().build(),
						"https://cognitiveservices.azure.com/.default");
		HttpPipelineBuilder builder = new HttpPipelineBuilder()
			.policies(new RetryPolicy(new FixedDelay(2, Duration.ofMillis(200)), (String) null, null), credential);
		this.pipeline = builder
			.httpClient((http != null) ? http
					: HttpClient.createDefault(new HttpClientOptions().setResponseTimeout(Duration.ofSeconds(10))))
			.build();
		this.url = settings.endpoint().replaceAll("/+$", "") + "/contentsafety/text:shieldPrompt?api-version="
				+ API_VERSION;
	}

	@Override
	public List<Integer> attacks(List<String> documents) {
		List<Integer> owners = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		for (int d = 0; d < documents.size(); d++) {
			String text = documents.get(d);
			for (int at = 0; at == 0 || at + OVERLAP < text.length(); at += MAX_CHARACTERS - OVERLAP) {
				parts.add(text.substring(at, Math.min(text.length(), at + MAX_CHARACTERS)));
				owners.add(d);
			}
		}
		List<Integer> attacked = new ArrayList<>();
		int from = 0;
		while (from < parts.size()) {
			int to = from;
			int characters = 0;
			while (to < parts.size() && to - from < MAX_DOCUMENTS
					&& characters + parts.get(to).length() <= MAX_CHARACTERS) {
				characters += parts.get(to).length();
				to++;
			}
			List<Boolean> verdicts = shield(parts.subList(from, to));
			for (int i = 0; i < verdicts.size(); i++) {
				if (verdicts.get(i) && !attacked.contains(owners.get(from + i))) {
					attacked.add(owners.get(from + i));
				}
			}
			from = to;
		}
		return attacked;
	}

	private List<Boolean> shield(List<String> documents) {
		HttpRequest request = new HttpRequest(HttpMethod.POST, this.url)
			.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
			.setBody(JSON.writeValueAsString(Map.of("userPrompt", REQUEST, "documents", documents)));
		try (HttpResponse response = this.pipeline.sendSync(request, Context.NONE)) {
			String body = response.getBodyAsBinaryData().toString();
			if (response.getStatusCode() != 200) {
				throw new ModelUnavailableException(
						"Content Safety answered " + response.getStatusCode() + " to Prompt Shields", null, null);
			}
			JsonNode analysis = JSON.readTree(body).path("documentsAnalysis");
			if (analysis.size() != documents.size()) {
				throw new ModelUnavailableException(
						"Content Safety judged " + analysis.size() + " of " + documents.size() + " documents", null,
						null);
			}
			List<Boolean> verdicts = new ArrayList<>();
			for (int i = 0; i < documents.size(); i++) {
				verdicts.add(analysis.path(i).path("attackDetected").asBoolean(false));
			}
			return verdicts;
		}
		catch (RuntimeException ex) {
			if (ex instanceof ModelUnavailableException) {
				throw ex;
			}
			throw new ModelUnavailableException("Content Safety did not answer: " + ex.getClass().getSimpleName(), null,
					ex);
		}
	}

}
