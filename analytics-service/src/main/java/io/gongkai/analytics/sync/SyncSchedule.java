package io.gongkai.analytics.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs a national round every {@code gongkai.analytics.sync.interval} after the previous
 * one ended, unless {@code gongkai.analytics.sync.enabled} is {@code false}. Every
 * instance has the timer; the round's lease lets one of them run it at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "gongkai.analytics.sync.enabled", matchIfMissing = true)
class SyncSchedule {

	private static final Logger log = LoggerFactory.getLogger(SyncSchedule.class);

	private final NationalSync nationalSync;

	SyncSchedule(NationalSync nationalSync) {
		this.nationalSync = nationalSync;
	}

	@Scheduled(fixedDelayString = "${gongkai.analytics.sync.interval:30s}",
			initialDelayString = "${gongkai.analytics.sync.initial-delay:10s}")
	void synchronise() {
		if (this.nationalSync.runRound("schedule").isEmpty()) {
			log.debug("A round is still running, here or in another instance; this scheduled round is skipped");
		}
	}

}
