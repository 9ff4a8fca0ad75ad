package io.tailor.api.job;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a ZIP archive held in memory, read from its central directory only:
 * nothing is inflated, so an archive of any compressed size costs one pass over its
 * directory (at most {@value #MAX_ENTRIES} entries).
 */
final class ZipDirectory {

	static final int MAX_ENTRIES = 2_000;

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int END_SIZE = 22;

	private ZipDirectory() {
	}

	/** The names, or an empty list when the bytes are not a readable ZIP archive. */
	static List<String> names(byte[] zip) {
		ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		int end = findEnd(bytes);
		if (end < 0) {
			return List.of();
		}
		int count = Short.toUnsignedInt(bytes.getShort(end + 10));
		long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
		return (count > MAX_ENTRIES || offset >= end) ? List.of() : read(bytes, (int) offset, count, end);
	}

	private static List<String> read(ByteBuffer bytes, int offset, int count, int limit) {
		List<String> names = new ArrayList<>();
		int at = offset;
		for (int i = 0; i < count; i++) {
			if (at + 46 > limit || bytes.getInt(at) != ENTRY_SIGNATURE) {
				return List.of();
			}
			int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
			int extra = Short.toUnsignedInt(bytes.getShort(at + 30));
			int comment = Short.toUnsignedInt(bytes.getShort(at + 32));
			if (at + 46 + nameLength > limit) {
				return List.of();
			}
			names.add(new String(bytes.array(), at + 46, nameLength, StandardCharsets.UTF_8));
			at += 46 + nameLength + extra + comment;
		}
		return names;
	}

	private static int findEnd(ByteBuffer bytes) {
		int last = bytes.limit() - END_SIZE;
		int first = Math.max(0, last - 0xFFFF);
		for (int at = last; at >= first; at--) {
			if (bytes.getInt(at) == END_SIGNATURE) {
				return at;
			}
		}
		return -1;
	}

}
