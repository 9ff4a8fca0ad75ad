package io.tailor.worker.guardrails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data with numbered placeholders ({@code [EMAIL_1]},
 * {@code [PHONE_1]}, {@code [URL_1]}, {@code [ADDRESS_1]}, {@code [NAME]} for the whole
 * name and {@code [NAME_1]}, {@code [NAME_2]} for its parts alone, but for parts that are
 * months or days) and puts it back afterwards. E-mails written to dodge a filter
 * ({@code name [at] domain [dot] com}) are e-mails. A second text redacted with a prefix
 * ({@code [JOB_EMAIL_1]}) never shares a placeholder with the first.
 */
public final class PersonalData {

	private static final Pattern PLACEHOLDER = Pattern
		.compile("\\[(?:[A-Z]+_)?(?:EMAIL|PHONE|URL|ADDRESS|NAME)(?:_\\d+)?]");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
				+ "|(?i)(?<![a-z0-9._%+-])[a-z0-9._%+-]++\\s*[\\[(]\\s*at\\s*[\\])]\\s*[a-z0-9-]+(?:\\s*[\\[(]\\s*dot\\s*[\\])]\\s*[a-z0-9-]{2,})+");

	private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'-]{2,}");

	/** Names that are also months or days: "May 2019 – Present" keeps its date. */
	private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday");

	private static final Pattern URL = Pattern.compile(
			"(?i)\\b(?:https?://|www\\.)\\S+|\\b(?!(?:asp|ado|vb)\\.net\\b)[a-z0-9-]++(?:\\.[a-z0-9-]++){0,8}\\.(?:com|org|net|io|dev|me|app|ai|co|nl|de|uk|eu|fr|es|it)(?:/[^\\s,;)]*)?");

	private static final Pattern PHONE = Pattern.compile("(?<![\\w/])\\+?\\(?\\d[\\d\\s().-]{7,}\\d(?![\\w/])");

	/**
	 * A street and its number: English with a street word (one that is also an ordinary
	 * noun — Close, Row, Square, Gardens — only before a town or a postcode), or with
	 * none when a town and a US state and ZIP or a UK postcode follow ("1180 Willowbrook,
	 * Springfield, IL 62704"); German or Dutch compounds ("Hauptstraße 12"); French ("12
	 * rue de la Paix") and Spanish or Italian ("Calle Mayor 5").
	 */
	private static final Pattern ADDRESS = Pattern.compile(String.join("|",
			"\\b\\d{1,5}\\s+(?:[A-Z][\\p{L}'-]++\\s){0,3}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?"
					+ "|Boulevard|Blvd\\.?|Drive|Dr\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Terrace|Ter\\.?|Parkway|Pkwy\\.?"
					+ "|Crescent|Cres\\.?)\\b",
			"\\b\\d{1,5}\\s+(?:[A-Z][\\p{L}'-]++\\s){1,3}(?:Circle|Cir\\.?|Close|Highway|Hwy\\.?|Square|Sq\\.?|Trail|Row"
					+ "|Plaza|Gardens)(?=,\\s*[A-Z]|\\s+[A-Z]{1,2}\\d)",
			"\\b\\d{1,5}\\s+(?:[A-Z][\\p{L}'-]++\\s?){1,3}(?=,\\s*[A-Z][\\p{L} .'-]+,\\s*[A-Z]{2}\\s+\\d{5}\\b"
					+ "|,\\s*[A-Z][\\p{L}]+\\s+[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b)",
			"\\b[A-Z][\\p{L}]+(?:straat|weg|laan|gracht|plein|stra(?:ß|ss)e)\\s+\\d{1,5}[a-z]?\\b",
			"\\b\\d{1,4},?\\s+(?:rue|avenue|boulevard|place|chemin|allée|impasse|quai)\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')?\\p{Lu}[\\p{L}'-]*",
			"\\b(?:Calle|Avenida|Paseo|Carrer|Plaza|Via|Viale|Corso)\\s+(?:\\p{Lu}[\\p{L}'-]*+\\s|(?:de|del|la|las|los|di|della|dei)\\s){1,4}\\d{1,4}\\b"));

	private PersonalData() {
	}

	/**
	 * Redacts every line; {@code name}, when known, becomes {@code [NAME]} wherever it
	 * appears, and each of its parts of three letters or more {@code [NAME_1]},
	 * {@code [NAME_2]}, … where it appears alone.
	 */
	public static Redaction redact(List<String> lines, String name) {
		return redact(lines, name, "");
	}

	/** The same, with every placeholder's kind prefixed: {@code [JOB_EMAIL_1]}. */
	public static Redaction redact(List<String> lines, String name, String prefix) {
		Map<String, String> placeholders = new LinkedHashMap<>();
		List<String> out = new ArrayList<>(lines.size());
		boolean named = name != null && !name.isBlank();
		List<NamePart> parts = named ? NamePart.of(name.strip(), prefix) : List.of();
		for (String line : lines) {
			String text = line;
			if (named) {
				text = names(text, name.strip(), parts, prefix, placeholders);
			}
			text = replace(text, EMAIL, prefix + "EMAIL", placeholders);
			text = replace(text, URL, prefix + "URL", placeholders);
			text = replace(text, ADDRESS, prefix + "ADDRESS", placeholders);
			text = replacePhones(text, prefix, placeholders);
			out.add(text);
		}
		return new Redaction(List.copyOf(out), Map.copyOf(placeholders));
	}

	/**
	 * A part of the name that counts alone, its placeholder and how it reads as a word.
	 */
	private record NamePart(String part, String key, Pattern alone) {

		static List<NamePart> of(String name, String prefix) {
			List<NamePart> parts = new ArrayList<>();
			Matcher found = NAME_PART.matcher(name);
			int n = 0;
			while (found.find()) {
				String part = found.group();
				String key = "[" + prefix + "NAME_" + (++n) + "]";
				if (!CALENDAR.contains(part.toLowerCase(Locale.ROOT))) {
					parts.add(new NamePart(part, key,
							Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")));
				}
			}
			return parts;
		}

	}

	private static String names(String line, String name, List<NamePart> parts, String prefix,
			Map<String, String> placeholders) {
		String text = line.replace(name, remember(placeholders, "[" + prefix + "NAME]", name));
		for (NamePart part : parts) {
			Matcher alone = part.alone().matcher(text);
			if (alone.find()) {
				text = alone.replaceAll(Matcher.quoteReplacement(remember(placeholders, part.key(), part.part())));
			}
		}
		return text;
	}

	private static String replace(String text, Pattern pattern, String kind, Map<String, String> placeholders) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(placeholder(placeholders, kind, matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String replacePhones(String text, String prefix, Map<String, String> placeholders) {
		Matcher matcher = PHONE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String found = matcher.group();
			boolean phone = found.replaceAll("\\D", "").length() >= 9
					&& !found.matches("[\\d\\s]*(19|20)\\d{2}\\s*[-–]\\s*(19|20)\\d{2}");
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(phone ? placeholder(placeholders, prefix + "PHONE", found) : found));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String placeholder(Map<String, String> placeholders, String kind, String value) {
		for (Map.Entry<String, String> entry : placeholders.entrySet()) {
			if (entry.getValue().equals(value)) {
				return entry.getKey();
			}
		}
		long count = placeholders.keySet().stream().filter((k) -> k.startsWith("[" + kind + "_")).count();
		return remember(placeholders, "[" + kind + "_" + (count + 1) + "]", value);
	}

	private static String remember(Map<String, String> placeholders, String key, String value) {
		placeholders.put(key, value);
		return key;
	}

	/** Redacted lines, and what each placeholder stands for. */
	public record Redaction(List<String> lines, Map<String, String> placeholders) {

		/**
		 * The placeholder-shaped tokens in the text that were never issued ([EMAIL_9]
		 * from a model that made one up): they stand for nothing and must not ship.
		 */
		public List<String> unissued(String text) {
			List<String> found = new ArrayList<>();
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				if (!this.placeholders.containsKey(matcher.group())) {
					found.add(matcher.group());
				}
			}
			return found;
		}

		/** Puts the personal data back into text that carries placeholders. */
		public String restore(String text) {
			String restored = text;
			for (Map.Entry<String, String> entry : this.placeholders.entrySet()) {
				restored = restored.replace(entry.getKey(), entry.getValue());
			}
			return restored;
		}

	}

}
