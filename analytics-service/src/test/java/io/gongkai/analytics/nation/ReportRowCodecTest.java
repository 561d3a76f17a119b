package io.gongkai.analytics.nation;

import io.gongkai.analytics.catalogue.FigureCatalogue;

import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a stored report straight from BSON into the read model's counted figures.
 */
class ReportRowCodecTest {

	static final FigureCatalogue catalogue = new FigureCatalogue();

	static final ReportRowCodec codec = new ReportRowCodec(new FigureRecipes(catalogue));

	@Test
	void aTemplateReportsFiguresAreSumsOfItsCellsAndBlankMeansNotReported() {
		ReportRow row = decode(new Document("province", "210000").append("agencyId", "ln-rst")
			.append("year", 2022)
			.append("format", "template2021")
			.append("scope", "aggregate")
			.append("agencyKind", "government")
			.append("status", "published")
			.append("onTime", false)
			.append("figuresVersion", 2)
			.append("cells",
					new Document("t3.new_received.total", 120L).append("t3.results.denied.state_secret.total", 3)
						.append("t3.results.denied.third_party.total", 4L)
						.append("t3.new_received.natural_person", 100L)
						.append("t4.review.maintained", 1)
						.append("t4.review.corrected", 2)));

		assertThat(row.year()).isEqualTo(2022);
		assertThat(row.format()).isEqualTo(Codes.TEMPLATE_2021);
		assertThat(row.scope()).isEqualTo(Codes.AGGREGATE);
		assertThat(row.kind()).isEqualTo(Codes.GOVERNMENT);
		assertThat(row.timeliness()).isEqualTo(Codes.LATE);
		assertThat(row.hasFigures()).isTrue();
		assertThat(figure(row, "requests.received")).isEqualTo(120);
		assertThat(figure(row, "requests.denied")).isEqualTo(7);
		assertThat(figure(row, "requests.denied.state_secret")).isEqualTo(3);
		assertThat(figure(row, "review.closed")).isEqualTo(3);
		assertThat(figure(row, "requests.granted")).isNaN();
		assertThat(figure(row, "review.total")).isNaN();
	}

	@Test
	void cellsNestedByTheDotsOfTheirIdsAreReadToo() {
		ReportRow row = decode(new Document("province", "210000").append("year", 2021)
			.append("format", "template2019")
			.append("figuresVersion", 1)
			.append("cells", new Document("t3", new Document("new_received", new Document("total", 9)))));

		assertThat(figure(row, "requests.received")).isEqualTo(9);
	}

	@Test
	void aLegacyReportsFiguresAreItsMetricsWhateverTheirNumberType() {
		ReportRow row = decode(new Document("province", "620000").append("agencyId", "gs-rst")
			.append("year", 2013)
			.append("format", "legacy")
			.append("figuresVersion", 1L)
			.append("metrics",
					new Document("requests.received", new Document("value", 33).append("qualifier", "exact"))
						.append("website.visits", new Document("value", 2_337_000_000L).append("qualifier", "approx"))
						.append("fees.collected_yuan", new Document("value", 12.5))
						.append("unknown.metric", new Document("value", 1)))
			.append("cells", new Document("t3.new_received.total", 999)));

		assertThat(figure(row, "requests.received")).isEqualTo(33);
		assertThat(figure(row, "website.visits")).isEqualTo(2_337_000_000.0);
		assertThat(figure(row, "fees.collected_yuan")).isEqualTo(12.5);
		assertThat(row.timeliness()).isEqualTo(Codes.UNKNOWN);
	}

	@Test
	void aLegacyFigureStatedAsAtLeastOrAboutKeepsItsQualifierAndExactOnesCostNothing() {
		ReportRow row = decode(new Document("province", "620000").append("year", 2013)
			.append("format", "legacy")
			.append("figuresVersion", 1)
			.append("metrics",
					new Document("requests.received", new Document("qualifier", "at_least").append("value", 6000))
						.append("website.visits", new Document("value", 2_000_000).append("qualifier", "approx"))
						.append("requests.answered", new Document("value", 30).append("qualifier", "exact"))));

		assertThat(figure(row, "requests.received")).isEqualTo(6000);
		assertThat(row.qualifiers()[catalogue.column("requests.received")]).isEqualTo(Codes.AT_LEAST);
		assertThat(row.qualifiers()[catalogue.column("website.visits")]).isEqualTo(Codes.APPROX);
		assertThat(row.qualifiers()[catalogue.column("requests.answered")]).isEqualTo(Codes.EXACT);

		ReportRow exact = decode(new Document("province", "620000").append("year", 2013)
			.append("format", "legacy")
			.append("figuresVersion", 1)
			.append("metrics",
					new Document("requests.received", new Document("value", 6).append("qualifier", "exact"))));
		assertThat(exact.qualifiers()).isNull();
	}

	@Test
	void theMandatedSectionsOfATemplateReportAreCountedAndUnknownWithoutThem() {
		ReportRow row = decode(new Document("province", "210000").append("year", 2022)
			.append("format", "template2021")
			.append("figuresVersion", 1)
			.append("sections",
					new Document("s1", true).append("s2", true)
						.append("s3", false)
						.append("s4", true)
						.append("s5", false)
						.append("s6", true)));
		assertThat(Codes.sectionsMandated(row.sections())).isEqualTo(6);
		assertThat(Codes.sectionsPresent(row.sections())).isEqualTo(4);

		ReportRow without = decode(new Document("province", "210000").append("year", 2022)
			.append("format", "template2021")
			.append("figuresVersion", 1)
			.append("sections", null));
		assertThat(without.sections()).isEqualTo(Codes.SECTIONS_UNKNOWN);
	}

	@Test
	void aReportWithoutAnAcceptedVersionHasNoFigures() {
		ReportRow row = decode(new Document("province", "620000").append("year", 2022)
			.append("format", "template2021")
			.append("status", "submitted")
			.append("figuresVersion", null)
			.append("cells", new Document("t3.new_received.total", 5)));

		assertThat(row.hasFigures()).isFalse();
		assertThat(row.figures()).isNull();
		assertThat(row.status()).isEqualTo(Codes.SUBMITTED);
	}

	private static ReportRow decode(Document document) {
		RawBsonDocument raw = RawBsonDocument.parse(document.toJson());
		return codec.decode(new BsonBinaryReader(raw.getByteBuffer().asNIO()), DecoderContext.builder().build());
	}

	private static double figure(ReportRow row, String id) {
		return row.figures()[catalogue.column(id)];
	}

}
