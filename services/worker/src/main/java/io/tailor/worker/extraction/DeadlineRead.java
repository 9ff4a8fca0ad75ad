package io.tailor.worker.extraction;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A PDF's bytes as PDFBox reads them, with a {@link Deadline#tick()} on every read, so a
 * parser looping over the file stops when the time is up. Views of it (the data of
 * streams, which filters decode) are checked too.
 */
final class DeadlineRead implements RandomAccessRead {

	private final RandomAccessRead source;

	private final Deadline deadline;

	DeadlineRead(RandomAccessRead source, Deadline deadline) {
		this.source = source;
		this.deadline = deadline;
	}

	@Override
	public int read() throws IOException {
		this.deadline.tick();
		return this.source.read();
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		this.deadline.tick();
		return this.source.read(bytes, offset, length);
	}

	@Override
	public long getPosition() throws IOException {
		return this.source.getPosition();
	}

	@Override
	public void seek(long position) throws IOException {
		this.source.seek(position);
	}

	@Override
	public long length() throws IOException {
		return this.source.length();
	}

	@Override
	public boolean isClosed() {
		return this.source.isClosed();
	}

	@Override
	public boolean isEOF() throws IOException {
		return this.source.isEOF();
	}

	@Override
	public void rewind(int bytes) throws IOException {
		this.source.rewind(bytes);
	}

	@Override
	public RandomAccessReadView createView(long start, long length) throws IOException {
		RandomAccessRead view = new DeadlineRead(this.source.createView(start, length), this.deadline);
		return new RandomAccessReadView(view, 0, length, true);
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
