package io.gongkai.report.importing.batch;

/** Where a batch stands. */
enum BatchStatus {

	/** Waiting for a worker. */
	queued,
	/** Its files are being read, one after the other. */
	running,
	/** Every file was read (some may have failed). */
	completed,
	/** Cancelled by its uploader or a coordinator; files read until then are kept. */
	cancelled,
	/** Stopped by a restart of the service; files read until then are kept. */
	interrupted;

	boolean isFinished() {
		return this == completed || this == cancelled || this == interrupted;
	}

}
