package io.gongkai.analytics.nation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The agencies of one province, column by column: the registry's agencies first, then
 * those only known from a report (not registered, so never expected to report).
 */
public final class AgencyTable {

	private static final short NO_YEAR = 0;

	private final String[] ids;

	private final String[] names;

	private final byte[] levels;

	private final byte[] kinds;

	private final byte[] scopes;

	private final short[] createdYears;

	private final short[] abolishedYears;

	private final int registered;

	private final Map<String, Integer> index;

	private AgencyTable(Builder builder) {
		int size = builder.size;
		this.ids = Arrays.copyOf(builder.ids, size);
		this.names = Arrays.copyOf(builder.names, size);
		this.levels = Arrays.copyOf(builder.levels, size);
		this.kinds = Arrays.copyOf(builder.kinds, size);
		this.scopes = Arrays.copyOf(builder.scopes, size);
		this.createdYears = Arrays.copyOf(builder.createdYears, size);
		this.abolishedYears = Arrays.copyOf(builder.abolishedYears, size);
		this.registered = builder.registered;
		this.index = builder.index;
	}

	public int size() {
		return this.ids.length;
	}

	public String id(int agency) {
		return this.ids[agency];
	}

	public String name(int agency) {
		return this.names[agency];
	}

	public byte level(int agency) {
		return this.levels[agency];
	}

	public byte kind(int agency) {
		return this.kinds[agency];
	}

	public byte scope(int agency) {
		return this.scopes[agency];
	}

	/**
	 * Whether the agency is in the province's registry (else only known from a report).
	 */
	public boolean registered(int agency) {
		return agency < this.registered;
	}

	/**
	 * Whether the agency is expected to report on a year: registered, created in or
	 * before it and not abolished before it.
	 */
	public boolean expectedIn(int agency, int year) {
		if (!registered(agency)) {
			return false;
		}
		short created = this.createdYears[agency];
		short abolished = this.abolishedYears[agency];
		return (created == NO_YEAR || created <= year) && (abolished == NO_YEAR || abolished >= year);
	}

	/** The index of an agency id, or {@code -1}. */
	public int indexOf(String id) {
		Integer agency = this.index.get(id);
		return (agency != null) ? agency : -1;
	}

	static final class Builder {

		private String[] ids = new String[16];

		private String[] names = new String[16];

		private byte[] levels = new byte[16];

		private byte[] kinds = new byte[16];

		private byte[] scopes = new byte[16];

		private short[] createdYears = new short[16];

		private short[] abolishedYears = new short[16];

		private int size;

		private int registered;

		private final Map<String, Integer> index = new HashMap<>();

		/** Adds a registered agency; registered agencies must all come before reports. */
		void register(AgencyRow agency) {
			if (agency.id() == null || this.index.containsKey(agency.id())) {
				return;
			}
			if (this.registered != this.size) {
				throw new IllegalStateException("Registered agencies are added before any report");
			}
			add(agency.id(), agency.name(), agency.level(), agency.kind(), agency.scope(), agency.createdYear(),
					agency.abolishedYear());
			this.registered = this.size;
		}

		/** The agency of a report, added as not registered when the registry lacks it. */
		int agencyOf(ReportRow report) {
			String id = (report.agencyId() != null) ? report.agencyId() : "";
			Integer agency = this.index.get(id);
			if (agency != null) {
				return agency;
			}
			return add(id, (report.agencyName() != null) ? report.agencyName() : id, Codes.UNKNOWN, report.kind(),
					report.scope(), null, null);
		}

		byte kindOf(int agency) {
			return this.kinds[agency];
		}

		AgencyTable build() {
			return new AgencyTable(this);
		}

		private int add(String id, String name, byte level, byte kind, byte scope, Integer created, Integer abolished) {
			if (this.size == this.ids.length) {
				int capacity = this.size + (this.size >> 1) + 1;
				this.ids = Arrays.copyOf(this.ids, capacity);
				this.names = Arrays.copyOf(this.names, capacity);
				this.levels = Arrays.copyOf(this.levels, capacity);
				this.kinds = Arrays.copyOf(this.kinds, capacity);
				this.scopes = Arrays.copyOf(this.scopes, capacity);
				this.createdYears = Arrays.copyOf(this.createdYears, capacity);
				this.abolishedYears = Arrays.copyOf(this.abolishedYears, capacity);
			}
			int agency = this.size++;
			this.ids[agency] = id;
			this.names[agency] = (name != null) ? name : id;
			this.levels[agency] = level;
			this.kinds[agency] = kind;
			this.scopes[agency] = scope;
			this.createdYears[agency] = (created != null) ? created.shortValue() : NO_YEAR;
			this.abolishedYears[agency] = (abolished != null) ? abolished.shortValue() : NO_YEAR;
			this.index.put(id, agency);
			return agency;
		}

	}

}
