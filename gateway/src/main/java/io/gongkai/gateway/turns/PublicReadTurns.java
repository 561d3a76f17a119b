package io.gongkai.gateway.turns;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The turns of the public read (no sign-in) at this gateway instance: at most
 * {@code at-once} public reads are passed on to the services at the same time; the others
 * wait for a turn, looking for one every {@value #LOOK_EVERY_MILLIS} ms, up to
 * {@code longest-wait}. The agencies' and coordinators' requests never wait here: however
 * many anonymous readers come, they take at most {@code at-once} of the services' work at
 * a time, and the signed-in work keeps the rest of the machine.
 */
@Component
@EnableConfigurationProperties(PublicReadTurnsProperties.class)
public class PublicReadTurns {

	private static final long LOOK_EVERY_MILLIS = 5;

	private final int atOnce;

	private final Semaphore turns;

	private final Duration longestWait;

	PublicReadTurns(PublicReadTurnsProperties properties, MeterRegistry meters) {
		this.atOnce = properties.atOnce();
		this.turns = new Semaphore(this.atOnce);
		this.longestWait = properties.longestWait();
		Gauge.builder("gongkai.gateway.public.reads", this::underWay)
			.description("Public reads this gateway instance is passing on to the services now")
			.register(meters);
	}

	/** Public reads being passed on to the services now, each holding a turn. */
	public int underWay() {
		return this.atOnce - this.turns.availablePermits();
	}

	/**
	 * Runs the read once it has a turn, giving the turn back when the read ends however
	 * it ends (answered, failed, or the reader gone); when no turn comes within the
	 * longest wait, runs {@code noTurn} instead.
	 */
	public Mono<Void> inTurn(Supplier<Mono<Void>> read, Supplier<Mono<Void>> noTurn) {
		return Mono.usingWhen(turn(), (turn) -> read.get(), Turn::giveBack)
			.onErrorResume(NoTurnException.class, (waitedTooLong) -> noTurn.get());
	}

	private Mono<Turn> turn() {
		return Mono.fromSupplier(this::tryTurn)
			.repeatWhenEmpty((looks) -> looks.concatMap((look) -> Mono.delay(Duration.ofMillis(LOOK_EVERY_MILLIS))))
			.timeout(this.longestWait, Mono.error(NoTurnException::new))
			.doOnDiscard(Turn.class, Turn::giveBack);
	}

	private Turn tryTurn() {
		return this.turns.tryAcquire() ? new Turn(this.turns) : null;
	}

	/** One turn, given back once. */
	private static final class Turn {

		private final Semaphore turns;

		private final AtomicBoolean givenBack = new AtomicBoolean();

		Turn(Semaphore turns) {
			this.turns = turns;
		}

		Mono<Void> giveBack() {
			if (this.givenBack.compareAndSet(false, true)) {
				this.turns.release();
			}
			return Mono.empty();
		}

	}

	private static final class NoTurnException extends RuntimeException {

		NoTurnException() {
			super("no turn within the longest wait", null, false, false);
		}

	}

}
