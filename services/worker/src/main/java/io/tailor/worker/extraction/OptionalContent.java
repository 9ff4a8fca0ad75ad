package io.tailor.worker.extraction;

import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentMembershipDictionary;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;

/**
 * Whether content in an optional-content layer (PDF's "layers") is shown when the file is
 * opened: a group by the document's default configuration, a membership dictionary by its
 * visibility policy over its groups (AnyOn unless it says AllOn, AnyOff or AllOff).
 */
final class OptionalContent {

	private OptionalContent() {
	}

	static boolean shown(PDDocument document, PDPropertyList list) {
		PDOptionalContentProperties properties = document.getDocumentCatalog().getOCProperties();
		if (properties == null) {
			return true;
		}
		if (list instanceof PDOptionalContentGroup group) {
			return properties.isGroupEnabled(group);
		}
		if (list instanceof PDOptionalContentMembershipDictionary membership) {
			List<Boolean> on = membership.getOCGs()
				.stream()
				.filter(PDOptionalContentGroup.class::isInstance)
				.map((g) -> properties.isGroupEnabled((PDOptionalContentGroup) g))
				.toList();
			COSName policy = membership.getVisibilityPolicy();
			return on.isEmpty() || policy(policy, on);
		}
		return true;
	}

	private static boolean policy(COSName policy, List<Boolean> on) {
		String name = (policy != null) ? policy.getName() : "AnyOn";
		return switch (name) {
			case "AllOn" -> !on.contains(false);
			case "AnyOff" -> on.contains(false);
			case "AllOff" -> !on.contains(true);
			default -> on.contains(true);
		};
	}

}
