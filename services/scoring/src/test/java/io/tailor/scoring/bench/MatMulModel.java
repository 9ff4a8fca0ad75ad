package io.tailor.scoring.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of an ONNX model holding one float32 {@code MatMul} of an [m, k] by a [k, n]
 * input, written as protobuf by hand so that no ONNX tooling is needed.
 */
final class MatMulModel {

	private MatMulModel() {
	}

	static byte[] bytes(int m, int k, int n) {
		byte[] node = concat(string(1, "A"), string(1, "B"), string(2, "C"), string(4, "MatMul"));
		byte[] graph = concat(message(1, node), string(2, "gemm"), message(11, valueInfo("A", m, k)),
				message(11, valueInfo("B", k, n)), message(12, valueInfo("C", m, n)));
		byte[] opset = varint(2, 13);
		return concat(varint(1, 8), message(7, graph), message(8, opset));
	}

	private static byte[] valueInfo(String name, int rows, int columns) {
		byte[] shape = concat(message(1, varint(1, rows)), message(1, varint(1, columns)));
		byte[] tensor = concat(varint(1, 1), message(2, shape));
		return concat(string(1, name), message(2, message(1, tensor)));
	}

	private static byte[] string(int field, String value) {
		return message(field, value.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] message(int field, byte[] body) {
		return concat(raw((field << 3) | 2), raw(body.length), body);
	}

	private static byte[] varint(int field, long value) {
		return concat(raw(field << 3), raw(value));
	}

	private static byte[] raw(long value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long v = value;
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
		return out.toByteArray();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
