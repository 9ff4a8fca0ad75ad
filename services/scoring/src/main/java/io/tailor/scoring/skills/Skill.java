package io.tailor.scoring.skills;

import java.util.List;

/**
 * A dictionary entry: canonical id (ESCO URI or {@code onet:<name>}), label, aliases, and
 * whether its names are common words that need context to count.
 */
public record Skill(String id, String label, List<String> aliases, String source, boolean ambiguous) {
}
