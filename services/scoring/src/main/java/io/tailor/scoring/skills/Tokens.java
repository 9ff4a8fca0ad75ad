package io.tailor.scoring.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens that keep the punctuation skill names carry: C++, C#,
 * Node.js, .NET, scikit-learn, CI/CD.
 */
final class Tokens {

	private static final Pattern TOKEN = Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:[.\\-/][\\p{L}\\p{N}]+)*[+#]*");

	private Tokens() {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(new Token(matcher.group(), matcher.group().toLowerCase(Locale.ROOT), matcher.start(),
					matcher.end()));
		}
		return tokens;
	}

	static List<String> normalized(String text) {
		return of(text).stream().map(Token::normalized).toList();
	}

	record Token(String text, String normalized, int start, int end) {
	}

}
