package io.tailor.jobs.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Blobs as files under a root directory, written atomically. */
public class FileSystemBlobStore implements BlobStore {

	private final Path root;

	public FileSystemBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			Files.write(temp, content);
			move(temp, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public byte[] get(String key) {
		try {
			return Files.readAllBytes(resolve(key));
		}
		catch (NoSuchFileException ex) {
			throw new BlobNotFoundException(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<String> keysOlderThan(String prefix, Instant before) {
		Path dir = this.root.resolve(BlobKeys.requireValid(prefix.replaceAll("/+$", "")));
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile)
				.filter((f) -> !f.getFileName().toString().startsWith("."))
				.filter((f) -> modified(f).isBefore(before))
				.map((f) -> this.root.relativize(f).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.MAX;
		}
	}

	@Override
	public boolean isAvailable() {
		try {
			Files.createDirectories(this.root);
			return Files.isWritable(this.root);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Path resolve(String key) {
		return this.root.resolve(BlobKeys.requireValid(key));
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
