package io.tailor.scoring.matching;

/** A résumé line that supports a requirement, with its similarity to the requirement. */
public record Evidence(int lineNumber, String text, double similarity) {
}
