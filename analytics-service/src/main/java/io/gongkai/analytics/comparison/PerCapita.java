package io.gongkai.analytics.comparison;

import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvincePopulation;
import io.gongkai.analytics.nation.Qualified;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.Tally;

/**
 * Figures per 10,000 inhabitants: a province's sum over its resident population, the
 * nation's over the provinces whose population is known and that have a value, so that a
 * province without a population (or without reports) weighs on neither side.
 */
public final class PerCapita {

	/** The population a value is given per, in words. */
	static final String PER = "10,000";

	private static final double INHABITANTS = 10_000;

	private PerCapita() {
	}

	/** The sum per 10,000 inhabitants, {@code NaN} without a sum or a population. */
	public static double of(double sum, ProvincePopulation population) {
		return (population != null) ? per(sum, population.residents()) : Double.NaN;
	}

	private static double per(double sum, long residents) {
		return (!Double.isNaN(sum) && residents > 0) ? sum * INHABITANTS / residents : Double.NaN;
	}

	/** The nation's value, gathered province by province. */
	public static final class Nation {

		private final Tally own = new Tally(false, false);

		private final Tally apart = new Tally(false, false);

		private long ownResidents;

		private long apartResidents;

		/** Adds a province's own and aggregate reports, if its population is known. */
		public void add(Tally provinceOwn, Tally provinceApart, ProvincePopulation population) {
			if (population == null || population.residents() <= 0) {
				return;
			}
			if (provinceOwn.reports() > 0) {
				this.own.absorb(provinceOwn);
				this.ownResidents += population.residents();
			}
			if (provinceApart.reports() > 0) {
				this.apart.absorb(provinceApart);
				this.apartResidents += population.residents();
			}
		}

		/** The nation's value per 10,000 inhabitants, {@code NaN} without one. */
		public double value() {
			return per(this.own, this.ownResidents);
		}

		public int reports() {
			return this.own.reports();
		}

		public String source() {
			return this.own.source();
		}

		public Qualified qualified() {
			return this.own.qualified();
		}

		public ComparisonView.National national(Quartiles rows, int rankedRows) {
			return new ComparisonView.National(Numbers.rounded(value()), this.own.reports(), this.own.source(),
					this.own.qualified(), Quartiles.NONE, rows, rankedRows,
					new ComparisonView.Apart(Numbers.rounded(per(this.apart, this.apartResidents)),
							this.apart.reports(), this.apart.qualified()),
					(this.ownResidents > 0) ? this.ownResidents : null);
		}

		private static double per(Tally tally, long residents) {
			return (tally.reports() > 0) ? PerCapita.per(tally.sum(), residents) : Double.NaN;
		}

	}

}
