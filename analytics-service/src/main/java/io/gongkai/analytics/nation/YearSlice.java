package io.gongkai.analytics.nation;

import java.util.Arrays;

/**
 * The reports of one province on one year, column by column: per report an index into the
 * province's {@link AgencyTable}, a few byte codes (the mandated sections present among
 * them), and one {@link FigureColumn} per counted figure that at least one of them
 * states. About 11 bytes per report plus 4 per figure stated in the slice.
 */
public final class YearSlice {

	private final int year;

	private final int size;

	private final int[] agencies;

	private final byte[] formats;

	private final byte[] scopes;

	private final byte[] kinds;

	private final byte[] statuses;

	private final byte[] timeliness;

	private final boolean[] figured;

	private final byte[] sections;

	private final FigureColumn[] columns;

	private final String[] reportIds;

	private YearSlice(Builder builder) {
		this.year = builder.year;
		this.size = builder.size;
		this.agencies = Arrays.copyOf(builder.agencies, this.size);
		this.formats = Arrays.copyOf(builder.formats, this.size);
		this.scopes = Arrays.copyOf(builder.scopes, this.size);
		this.kinds = Arrays.copyOf(builder.kinds, this.size);
		this.statuses = Arrays.copyOf(builder.statuses, this.size);
		this.timeliness = Arrays.copyOf(builder.timeliness, this.size);
		this.figured = Arrays.copyOf(builder.figured, this.size);
		this.sections = Arrays.copyOf(builder.sections, this.size);
		this.reportIds = (builder.reportIds != null) ? Arrays.copyOf(builder.reportIds, this.size) : null;
		this.columns = new FigureColumn[builder.columns.length];
		for (int column = 0; column < this.columns.length; column++) {
			FigureColumn.Builder values = builder.columns[column];
			this.columns[column] = (values != null) ? values.build(this.size) : null;
		}
	}

	public int year() {
		return this.year;
	}

	/** How many reports of the province cover the year. */
	public int size() {
		return this.size;
	}

	/** The report's agency, an index into the province's {@link AgencyTable}. */
	public int agency(int report) {
		return this.agencies[report];
	}

	/**
	 * The report's id, as the public report pages take it; {@code null} in a read model
	 * that does not keep ids (the analysts': only the published figures lead to reports).
	 */
	public String reportId(int report) {
		return (this.reportIds != null) ? this.reportIds[report] : null;
	}

	public byte format(int report) {
		return this.formats[report];
	}

	public boolean template(int report) {
		return this.formats[report] != Codes.LEGACY;
	}

	public byte scope(int report) {
		return this.scopes[report];
	}

	public boolean aggregate(int report) {
		return this.scopes[report] == Codes.AGGREGATE;
	}

	/** Government or department, as the report says, else as the registry says. */
	public byte kind(int report) {
		return this.kinds[report];
	}

	/** The report's current state. */
	public byte status(int report) {
		return this.statuses[report];
	}

	/**
	 * Whether the report was submitted at all (submitted, returned, accepted, published).
	 */
	public boolean submitted(int report) {
		return this.statuses[report] >= Codes.SUBMITTED;
	}

	public byte timeliness(int report) {
		return this.timeliness[report];
	}

	/** Whether an accepted or published version gives the report's figures. */
	public boolean hasFigures(int report) {
		return this.figured[report];
	}

	/**
	 * A counted figure of a report (by its column in the catalogue), {@code NaN} when the
	 * report does not state it or has no accepted version.
	 */
	public double value(int column, int report) {
		FigureColumn values = this.columns[column];
		return (values != null) ? values.value(report) : Double.NaN;
	}

	/**
	 * How the report stated a counted figure: {@link Codes#EXACT}, or
	 * {@link Codes#AT_LEAST} / {@link Codes#APPROX} for a legacy figure stated so.
	 */
	public byte qualifier(int column, int report) {
		FigureColumn values = this.columns[column];
		return (values != null) ? values.qualifier(report) : Codes.EXACT;
	}

	/**
	 * How many sections the report's format mandates, 0 when not known (legacy reports,
	 * reports without accepted figures, reports brought in before the feed carried them).
	 */
	public int sectionsMandated(int report) {
		return Codes.sectionsMandated(this.sections[report]);
	}

	/** How many of its mandated sections the report's accepted version has. */
	public int sectionsPresent(int report) {
		return Codes.sectionsPresent(this.sections[report]);
	}

	/** Whether any report of the slice states the figure. */
	public boolean states(int column) {
		return this.columns[column] != null;
	}

	static final class Builder {

		private final int year;

		private int size;

		private int[] agencies = new int[64];

		private byte[] formats = new byte[64];

		private byte[] scopes = new byte[64];

		private byte[] kinds = new byte[64];

		private byte[] statuses = new byte[64];

		private byte[] timeliness = new byte[64];

		private boolean[] figured = new boolean[64];

		private byte[] sections = new byte[64];

		private final FigureColumn.Builder[] columns;

		private String[] reportIds;

		Builder(int year, int figureCount) {
			this(year, figureCount, false);
		}

		/**
		 * @param keepIds whether to keep each report's id ({@link #reportId}), about 80
		 * bytes a report
		 */
		Builder(int year, int figureCount, boolean keepIds) {
			this.year = year;
			this.columns = new FigureColumn.Builder[figureCount];
			this.reportIds = keepIds ? new String[64] : null;
		}

		void add(int agency, byte agencyKind, ReportRow report) {
			if (this.size == this.agencies.length) {
				int capacity = this.size + (this.size >> 1);
				this.agencies = Arrays.copyOf(this.agencies, capacity);
				this.formats = Arrays.copyOf(this.formats, capacity);
				this.scopes = Arrays.copyOf(this.scopes, capacity);
				this.kinds = Arrays.copyOf(this.kinds, capacity);
				this.statuses = Arrays.copyOf(this.statuses, capacity);
				this.timeliness = Arrays.copyOf(this.timeliness, capacity);
				this.figured = Arrays.copyOf(this.figured, capacity);
				this.sections = Arrays.copyOf(this.sections, capacity);
				if (this.reportIds != null) {
					this.reportIds = Arrays.copyOf(this.reportIds, capacity);
				}
			}
			int row = this.size++;
			if (this.reportIds != null) {
				this.reportIds[row] = report.id();
			}
			this.agencies[row] = agency;
			this.formats[row] = report.format();
			this.scopes[row] = report.scope();
			this.kinds[row] = (report.kind() != Codes.UNKNOWN) ? report.kind() : agencyKind;
			this.statuses[row] = report.status();
			this.timeliness[row] = report.timeliness();
			double[] figures = report.figures();
			this.figured[row] = report.hasFigures() && figures != null;
			if (!this.figured[row]) {
				return;
			}
			this.sections[row] = report.sections();
			byte[] qualifiers = report.qualifiers();
			for (int column = 0; column < figures.length && column < this.columns.length; column++) {
				if (!Double.isNaN(figures[column])) {
					if (this.columns[column] == null) {
						this.columns[column] = new FigureColumn.Builder(this.agencies.length);
					}
					this.columns[column].set(row, figures[column],
							(qualifiers != null) ? qualifiers[column] : Codes.EXACT);
				}
			}
		}

		YearSlice build() {
			return new YearSlice(this);
		}

	}

}
