package io.gongkai.benchmarks.nation;

import java.util.SplittableRandom;

/**
 * The random draws the generator makes, from one seeded stream: counts (Poisson,
 * binomial, multinomial), spreads (log-normal) and chances. Large counts use the normal
 * approximation, so that a draw costs the same whatever the magnitude.
 */
final class SeededDraws {

	private static final int EXACT_BELOW = 40;

	private final SplittableRandom random;

	SeededDraws(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** A stream of its own for one key, the same for the same seed and key. */
	static SeededDraws of(long seed, String key, int part) {
		long mixed = seed;
		for (int i = 0; i < key.length(); i++) {
			mixed = mixed * 1_000_003L + key.charAt(i);
		}
		return new SeededDraws(mixed * 31 + part);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A whole number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	double uniform() {
		return this.random.nextDouble();
	}

	/** A positive spread around 1: {@code exp(N(0, sigma))}. */
	double logNormal(double sigma) {
		return Math.exp(sigma * gaussian());
	}

	long poisson(double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean >= EXACT_BELOW) {
			return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
		}
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		long count = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			count++;
		}
		return count;
	}

	long binomial(long trials, double probability) {
		if (trials <= 0 || probability <= 0) {
			return 0;
		}
		if (probability >= 1) {
			return trials;
		}
		if (trials < EXACT_BELOW) {
			long successes = 0;
			for (long i = 0; i < trials; i++) {
				if (this.random.nextDouble() < probability) {
					successes++;
				}
			}
			return successes;
		}
		double mean = trials * probability;
		double deviation = Math.sqrt(mean * (1 - probability));
		return Math.min(trials, Math.max(0, Math.round(mean + deviation * gaussian())));
	}

	/**
	 * Splits {@code total} into as many parts as there are weights, each in proportion to
	 * its weight on average; the parts add up to {@code total}.
	 */
	long[] multinomial(long total, double[] weights) {
		long[] parts = new long[weights.length];
		double remainingWeight = 0;
		for (double weight : weights) {
			remainingWeight += weight;
		}
		long remaining = total;
		for (int i = 0; i < weights.length - 1 && remaining > 0; i++) {
			long part = binomial(remaining, (remainingWeight > 0) ? weights[i] / remainingWeight : 0);
			parts[i] = part;
			remaining -= part;
			remainingWeight -= weights[i];
		}
		parts[weights.length - 1] += remaining;
		return parts;
	}

	private double gaussian() {
		double u = 1 - this.random.nextDouble();
		double v = this.random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

}
