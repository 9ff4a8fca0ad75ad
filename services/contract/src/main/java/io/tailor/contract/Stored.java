package io.tailor.contract;

import java.util.List;

/** How a stored result reads what results from before a field existed lack. */
final class Stored {

	private Stored() {
	}

	/** A list older results did not store, read as none. */
	static <T> List<T> orNone(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
