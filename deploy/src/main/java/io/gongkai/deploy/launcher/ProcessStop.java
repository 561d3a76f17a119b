package io.gongkai.deploy.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stops exactly the processes given: TERM first, KILL for those still alive after the
 * grace period.
 */
final class ProcessStop {

	private ProcessStop() {
	}

	/**
	 * Stops the processes.
	 * @param processes the processes
	 * @param grace how long to wait after TERM
	 * @return the processes that needed KILL
	 */
	static List<ProcessHandle> stop(List<ProcessHandle> processes, Duration grace) {
		processes.forEach(ProcessHandle::destroy);
		Instant deadline = Instant.now().plus(grace);
		for (ProcessHandle process : processes) {
			Duration left = Duration.between(Instant.now(), deadline);
			if (!left.isNegative()) {
				try {
					process.onExit().get(left.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
				}
				catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ex) {
					// killed below
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		List<ProcessHandle> stubborn = processes.stream().filter(ProcessHandle::isAlive).toList();
		stubborn.forEach(ProcessHandle::destroyForcibly);
		return stubborn;
	}

}
