package io.gongkai.report.textimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts the figures of a published annual report from its bytes, following the
 * extraction contract: bytes → text → normalised text (with flags) → sections → metadata
 * → figures (narrative rules, and for template reports the table cells and their checks).
 * <p>
 * Thread-safe and meant to be reused: tables, transliteration and patterns are built
 * once, in the constructor.
 */
public final class TextExtractor {

	/**
	 * The finding of a report whose statistics period names another year than its title
	 * (the year follows the period): expected is the period's year, found the title's.
	 */
	public static final String PERIOD_DISAGREES = "period";

	/**
	 * The finding of table rows that hold numbers no reading could align with their
	 * columns under the template's rules: their cells are left out rather than guessed.
	 */
	public static final String UNREADABLE_CELLS = "unreadable";

	private final DocumentReader reader = new DocumentReader();

	private final TextNormaliser normaliser = new TextNormaliser();

	private final SectionSplitter sectionSplitter = new SectionSplitter();

	private final PlaceNames places = new PlaceNames();

	private final AgencyNames agencyNames = new AgencyNames(this.places);

	private final ReportYear reportYear = new ReportYear();

	private final PublicationDate publicationDate = new PublicationDate();

	private final MetricExtractor metricExtractor = new MetricExtractor();

	private final TemplateTableReader tableReader = new TemplateTableReader();

	private final TemplateMetrics templateMetrics = new TemplateMetrics();

	private final TemplateChecks templateChecks = new TemplateChecks(this.tableReader.layout());

	/**
	 * Extracts what a report states.
	 * @param sourceName the file or upload name, echoed as {@code source}
	 * @param bytes the file's content (text in any usual encoding, HTML, PDF or .docx)
	 * @return the extraction result
	 * @throws TextImportException if the input is empty, too large, an image, a PDF
	 * without text layer or otherwise unreadable
	 */
	public ExtractionResult extract(String sourceName, byte[] bytes) throws TextImportException {
		return extractWithText(sourceName, bytes).result();
	}

	/**
	 * Extracts what a report states, and gives the normalised text that evidence offsets
	 * refer to (for a page that highlights the evidence).
	 * @param sourceName the file or upload name, echoed as {@code source}
	 * @param bytes the file's content (text in any usual encoding, HTML, PDF or .docx)
	 * @return the extraction result and the normalised text
	 * @throws TextImportException as {@link #extract(String, byte[])}
	 */
	public Extraction extractWithText(String sourceName, byte[] bytes) throws TextImportException {
		DocumentReader.DocumentText document = this.reader.read(bytes);
		TextNormaliser.NormalisedText normalised = this.normaliser.normalise(document.text(),
				document.invalidSequences());
		String text = normalised.text();
		List<SectionSplitter.Section> sections = this.sectionSplitter.split(text);
		LocalDate published = this.publicationDate.find(text);
		ReportYear.Years years = this.reportYear.read(text, (published != null) ? published.getYear() : null);
		Integer year = years.covered();
		String agency = this.agencyNames.find(text);
		String province = this.places.provinceOfAgency(agency);
		if (province == null) {
			province = this.places.provinceOfPlaceInText(agency, text);
		}
		if (province == null) {
			province = this.places.provinceMostNamedIn(text);
		}
		agency = this.agencyNames.completed(agency, text, province);
		if (agency != null && this.agencyNames.isNational(agency)) {
			province = null;
		}
		Map<String, MetricValue> metrics = this.metricExtractor.extract(text, sections);
		ReportFormat format = ReportFormat.LEGACY;
		Map<String, Number> cells = new LinkedHashMap<>();
		List<ExtractionResult.Finding> findings = new ArrayList<>();
		if (ReportFormats.mayBeTemplate(year)) {
			TemplateTableReader.Tables tables = this.tableReader.read(text, ReportFormats.likelyTemplate(year, text));
			format = ReportFormats.decide(year, text, tables.t3Rows(), sections);
			if (format.isTemplate()) {
				metrics = withTableFigures(metrics, this.templateMetrics.map(text, tables));
				tables.cells().forEach((id, value) -> cells.put(id, MetricValue.wholeAsLong(value)));
				findings = new ArrayList<>(this.templateChecks.check(tables.cells()));
				if (!tables.unreadable().isEmpty()) {
					findings.add(new ExtractionResult.Finding(UNREADABLE_CELLS, tables.unreadable(), null, null));
				}
			}
		}
		if (years.disagree()) {
			findings = new ArrayList<>(findings);
			findings.add(new ExtractionResult.Finding(PERIOD_DISAGREES, List.of(), years.period(), years.title()));
		}
		List<TextFlag> flags = new ArrayList<>(normalised.flags());
		flags.sort(Comparator.comparing(TextFlag::wireName));
		return new Extraction(new ExtractionResult(sourceName, agency, province, year,
				(published != null) ? published.toString() : null, format, flags, metrics, cells, findings,
				normalised.spam()), text);
	}

	/**
	 * The metric ids of the catalogue, in the contract's order.
	 */
	public static List<String> metricIds() {
		return MetricRules.RULES.stream().map(MetricRule::metric).distinct().toList();
	}

	/**
	 * What the extractor read, with the normalised text the evidence offsets refer to.
	 *
	 * @param result the extraction result (the contract's JSON)
	 * @param normalisedText the repaired text
	 */
	public record Extraction(ExtractionResult result, String normalisedText) {
	}

	/**
	 * Table cells are the report's own figures: they win over the narrative's wording.
	 */
	private static Map<String, MetricValue> withTableFigures(Map<String, MetricValue> narrative,
			Map<String, MetricValue> tables) {
		Map<String, MetricValue> merged = new LinkedHashMap<>(narrative);
		merged.putAll(tables);
		Map<String, MetricValue> ordered = new LinkedHashMap<>();
		for (MetricRule rule : MetricRules.RULES) {
			MetricValue value = merged.get(rule.metric());
			if (value != null) {
				ordered.put(rule.metric(), value);
			}
		}
		return ordered;
	}

}
