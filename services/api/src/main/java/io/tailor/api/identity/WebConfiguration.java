package io.tailor.api.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the web page signs people in outside the local profile: the Entra ID application
 * (client id), its authority and the scopes that yield a token for this api.
 */
@ConfigurationProperties("tailor.web.entra")
public record WebConfiguration(String clientId, String authority, @DefaultValue List<String> scopes) {
}
