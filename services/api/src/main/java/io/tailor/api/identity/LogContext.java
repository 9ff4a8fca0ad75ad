package io.tailor.api.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a pseudonym of the caller into the log context as {@code user.hash}
 * (OpenTelemetry's name for a user in anonymised form): the first 16 hex digits of
 * SHA-256 over the token's subject, so that a caller's requests can be followed in the
 * logs without naming them.
 */
class LogContext extends OncePerRequestFilter {

	static final String USER = "user.hash";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
			try (MDC.MDCCloseable user = MDC.putCloseable(USER, pseudonym(jwt.getSubject()))) {
				chain.doFilter(request, response);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	static String pseudonym(String subject) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
