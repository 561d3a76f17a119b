package io.gongkai.analytics.figures.store;

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
 * nested by the dots of their id are read too.
 */
final class ReportRowCodec implements Codec<ReportRow> {

	private final FigureRecipes recipes;

	ReportRowCodec(FigureRecipes recipes) {
		this.recipes = recipes;
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
		double[] cells = this.recipes.newCells();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = reader.readName();
			switch (name) {
				case "province" -> province = string(reader);
				case "agencyId" -> agencyId = string(reader);
				case "agencyName" -> agencyName = string(reader);
				case "year" -> year = (int) number(reader);
				case "format" -> format = Codes.format(string(reader));
				case "scope" -> scope = Codes.scope(string(reader));
				case "agencyKind" -> kind = Codes.kind(string(reader));
				case "status" -> status = Codes.status(string(reader));
				case "onTime" -> timeliness = timeliness(reader);
				case "figuresVersion" -> versioned = !Double.isNaN(number(reader));
				case "metrics" -> metrics(reader, metrics);
				case "cells" -> cells(reader, "", cells);
				default -> reader.skipValue();
			}
		}
		reader.readEndDocument();
		double[] figures = versioned ? this.recipes.figures(format != Codes.LEGACY, metrics, cells) : null;
		return new ReportRow(province, agencyId, agencyName, year, format, scope, kind, status, timeliness, versioned,
				figures);
	}

	private void metrics(BsonReader reader, double[] metrics) {
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
					if ("value".equals(reader.readName())) {
						metrics[slot] = number(reader);
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
