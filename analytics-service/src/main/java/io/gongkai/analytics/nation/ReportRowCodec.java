package io.gongkai.analytics.nation;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Reads an {@code analytics_reports} document straight from BSON into a
 * {@link ReportRow}, keeping only the metrics and cells a figure needs: no map per
 * report, no boxed numbers, so that a million reports stream through quickly.
 * <p>
 * Cells are read as the sync writes them ({@code {"t3.new_received.total": 120}}); cells
 * nested by the dots of their id are read too. A legacy metric's qualifier and the
 * mandated sections present are kept as small codes.
 */
final class ReportRowCodec implements Codec<ReportRow> {

	private final FigureRecipes recipes;

	private final boolean published;

	ReportRowCodec(FigureRecipes recipes) {
		this(recipes, false);
	}

	/**
	 * @param published whether to read the figures of the report's last published version
	 * (its {@code published} block) instead of the analysts' figures: a report never
	 * published then has no figures, and its state is {@link Codes#PUBLISHED}
	 */
	ReportRowCodec(FigureRecipes recipes, boolean published) {
		this.recipes = recipes;
		this.published = published;
	}

	@Override
	public Class<ReportRow> getEncoderClass() {
		return ReportRow.class;
	}

	@Override
	public void encode(BsonWriter writer, ReportRow value, EncoderContext context) {
		throw new UnsupportedOperationException("The read model never writes reports");
	}

	@Override
	public ReportRow decode(BsonReader reader, DecoderContext context) {
		String id = null;
		String province = null;
		String agencyId = null;
		String agencyName = null;
		int year = 0;
		byte format = Codes.LEGACY;
		byte scope = Codes.OWN;
		byte kind = Codes.UNKNOWN;
		byte status = Codes.DRAFT;
		byte timeliness = Codes.UNKNOWN;
		boolean versioned = false;
		double[] metrics = this.recipes.newMetrics();
		byte[] qualifiers = this.recipes.newMetricQualifiers();
		byte sections = Codes.SECTIONS_UNKNOWN;
		double[] cells = this.recipes.newCells();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = reader.readName();
			switch (name) {
				case "_id" -> id = string(reader);
				case "province" -> province = string(reader);
				case "agencyId" -> agencyId = string(reader);
				case "agencyName" -> agencyName = string(reader);
				case "year" -> year = (int) number(reader);
				case "format" -> format = Codes.format(string(reader));
				case "scope" -> scope = Codes.scope(string(reader));
				case "agencyKind" -> kind = Codes.kind(string(reader));
				case "onTime" -> timeliness = timeliness(reader);
				default -> {
					if (this.published) {
						versioned = publishedField(name, reader, metrics, qualifiers, cells) || versioned;
					}
					else {
						switch (name) {
							case "status" -> status = Codes.status(string(reader));
							case "figuresVersion" -> versioned = !Double.isNaN(number(reader));
							case "metrics" -> metrics(reader, metrics, qualifiers);
							case "sections" -> sections = sections(reader);
							case "cells" -> cells(reader, "", cells);
							default -> reader.skipValue();
						}
					}
				}
			}
		}
		reader.readEndDocument();
		if (this.published) {
			status = Codes.PUBLISHED;
		}
		FigureRecipes.Figures figures = versioned
				? this.recipes.read(format != Codes.LEGACY, metrics, qualifiers, cells) : null;
		return new ReportRow(province, agencyId, agencyName, year, format, scope, kind, status, timeliness, versioned,
				(figures != null) ? figures.values() : null, versioned ? sections : Codes.SECTIONS_UNKNOWN,
				(figures != null) ? figures.qualifiers() : null, id);
	}

	/**
	 * Reads the {@code published} block ({@code {version, publishedAt, metrics, cells}})
	 * into the figures, skipping every other field.
	 * @return whether the report has a published version
	 */
	private boolean publishedField(String name, BsonReader reader, double[] metrics, byte[] qualifiers,
			double[] cells) {
		if (!"published".equals(name) || reader.getCurrentBsonType() != BsonType.DOCUMENT) {
			reader.skipValue();
			return false;
		}
		boolean versioned = false;
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			switch (reader.readName()) {
				case "version" -> versioned = !Double.isNaN(number(reader));
				case "metrics" -> metrics(reader, metrics, qualifiers);
				case "cells" -> cells(reader, "", cells);
				default -> reader.skipValue();
			}
		}
		reader.readEndDocument();
		return versioned;
	}

	private void metrics(BsonReader reader, double[] metrics, byte[] qualifiers) {
		if (reader.getCurrentBsonType() != BsonType.DOCUMENT) {
			reader.skipValue();
			return;
		}
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			int slot = this.recipes.metricSlot(reader.readName());
			if (slot < 0) {
				reader.skipValue();
			}
			else if (reader.getCurrentBsonType() == BsonType.DOCUMENT) {
				reader.readStartDocument();
				while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
					String field = reader.readName();
					if ("value".equals(field)) {
						metrics[slot] = number(reader);
					}
					else if ("qualifier".equals(field)) {
						qualifiers[slot] = Codes.qualifier(string(reader));
					}
					else {
						reader.skipValue();
					}
				}
				reader.readEndDocument();
			}
			else {
				metrics[slot] = number(reader);
			}
		}
		reader.readEndDocument();
	}

	/**
	 * The mandated sections as the sync stores them ({@code {"s1": true, "s2": false,
	 * ...}}, one entry per mandated section).
	 */
	private static byte sections(BsonReader reader) {
		if (reader.getCurrentBsonType() != BsonType.DOCUMENT) {
			reader.skipValue();
			return Codes.SECTIONS_UNKNOWN;
		}
		int mandated = 0;
		int present = 0;
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			reader.readName();
			mandated++;
			if (reader.getCurrentBsonType() == BsonType.BOOLEAN) {
				present += reader.readBoolean() ? 1 : 0;
			}
			else {
				reader.skipValue();
			}
		}
		reader.readEndDocument();
		return Codes.sections(mandated, present);
	}

	private void cells(BsonReader reader, String prefix, double[] cells) {
		if (reader.getCurrentBsonType() != BsonType.DOCUMENT) {
			reader.skipValue();
			return;
		}
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String id = prefix + reader.readName();
			if (reader.getCurrentBsonType() == BsonType.DOCUMENT) {
				cells(reader, id + ".", cells);
				continue;
			}
			int slot = this.recipes.cellSlot(id);
			if (slot < 0) {
				reader.skipValue();
			}
			else {
				cells[slot] = number(reader);
			}
		}
		reader.readEndDocument();
	}

	private static String string(BsonReader reader) {
		if (reader.getCurrentBsonType() == BsonType.STRING) {
			return reader.readString();
		}
		reader.skipValue();
		return null;
	}

	private static double number(BsonReader reader) {
		return switch (reader.getCurrentBsonType()) {
			case INT32 -> reader.readInt32();
			case INT64 -> reader.readInt64();
			case DOUBLE -> reader.readDouble();
			case DECIMAL128 -> reader.readDecimal128().doubleValue();
			default -> {
				reader.skipValue();
				yield Double.NaN;
			}
		};
	}

	private static byte timeliness(BsonReader reader) {
		if (reader.getCurrentBsonType() == BsonType.BOOLEAN) {
			return reader.readBoolean() ? Codes.ON_TIME : Codes.LATE;
		}
		reader.skipValue();
		return Codes.UNKNOWN;
	}

}
