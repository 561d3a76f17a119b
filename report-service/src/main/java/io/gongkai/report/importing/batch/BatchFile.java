package io.gongkai.report.importing.batch;

/**
 * One file of a batch, held in memory until it is processed.
 *
 * @param name the upload's name, or the path inside the zip
 * @param size its size in bytes (uncompressed)
 * @param bytes its content, {@code null} when it was refused while unpacking
 * @param refusal why it was refused while unpacking, or {@code null}
 */
record BatchFile(String name, long size, byte[] bytes, String refusal) {

	static BatchFile of(String name, byte[] bytes) {
		return new BatchFile(name, bytes.length, bytes, null);
	}

	static BatchFile refused(String name, long size, String refusal) {
		return new BatchFile(name, size, null, refusal);
	}

}
