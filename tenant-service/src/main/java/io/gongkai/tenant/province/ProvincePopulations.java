package io.gongkai.tenant.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.gongkai.platform.problem.PlatformProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import org.bson.Document;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The resident population of each province: the census figures of
 * {@code province-populations.csv}, replaced by whatever the platform admin has set
 * (collection {@code province_populations} of the registry database, {@code _id} the
 * province code). A province with neither has no known population.
 */
@Component
class ProvincePopulations {

	/** The first year a population figure may refer to. */
	static final int FIRST_YEAR = 2000;

	private final Map<String, Population> census;

	private final MongoCollection<Document> set;

	private final Clock clock;

	ProvincePopulations(MongoDatabase registryDatabase, Clock clock) {
		this.census = read(new ClassPathResource("province-populations.csv"));
		this.set = registryDatabase.getCollection("province_populations");
		this.clock = clock;
	}

	/** Every known population, by province code. */
	Map<String, Population> all() {
		Map<String, Population> populations = new HashMap<>(this.census);
		this.set.find().forEach((document) -> populations.put(document.getString("_id"), fromDocument(document)));
		return populations;
	}

	Optional<Population> of(String code) {
		return Optional.ofNullable(this.set.find(Filters.eq("_id", code)).first())
			.map(ProvincePopulations::fromDocument)
			.or(() -> Optional.ofNullable(this.census.get(code)));
	}

	/**
	 * Sets a province's population in place of the one it had.
	 * @throws ProblemException (400) when the year is before {@value #FIRST_YEAR} or in
	 * the future
	 */
	Population set(String code, PopulationRequest request) {
		int thisYear = Year.now(this.clock).getValue();
		if (request.year() < FIRST_YEAR || request.year() > thisYear) {
			throw new ProblemException(PlatformProblem.INVALID_FIELDS).with("errors", List.of(Map.of("field", "year",
					"message", ProblemMessages.text("label.population.year", FIRST_YEAR, thisYear, request.year()))));
		}
		Population population = new Population(request.residents().longValueExact(), request.year(),
				request.source().strip());
		this.set.replaceOne(Filters.eq("_id", code),
				new Document("_id", code).append("residents", population.residents())
					.append("year", population.year())
					.append("source", population.source())
					.append("setAt", Date.from(this.clock.instant())),
				new ReplaceOptions().upsert(true));
		return population;
	}

	private static Population fromDocument(Document document) {
		return new Population(((Number) document.get("residents")).longValue(), document.getInteger("year"),
				document.getString("source"));
	}

	private static Map<String, Population> read(ClassPathResource resource) {
		Map<String, Population> populations = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).skip(1).forEach((line) -> {
				String[] fields = line.split(",");
				populations.put(fields[0].trim(), new Population(Long.parseLong(fields[1].trim()),
						Integer.parseInt(fields[2].trim()), fields[3].trim()));
			});
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return populations;
	}

}
