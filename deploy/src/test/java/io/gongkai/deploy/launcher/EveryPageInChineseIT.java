package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role, in Chinese, as the demo's people open it after
 * {@code ./gongkai up}: a reporter, a coordinator and the analyst each visit every route
 * the pages' route modules ({@code app/*}{@code /routes.js}) give their roles, and no
 * page shows English words or identifiers (metric ids, province codes, login names,
 * UUIDs, ISO dates) outside {@link VisibleText#ALLOWED}: neither the first view, nor any
 * of its tabs (each clicked in turn), nor the confirmation dialogs it holds for the
 * moment before an action. A failure names every offending word with its route and the
 * text around it; screenshots of each page are kept in
 * {@code deploy/target/browser-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(RunningPlatform.class)
class EveryPageInChineseIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PROVINCE = "140000";

	private static final Path PAGES = Path.of("gateway/src/main/resources/static/app");

	private RunningPlatform platform;

	@BeforeAll
	void start(RunningPlatform platform) {
		this.platform = platform;
	}

	@ParameterizedTest
	@ValueSource(strings = { "reporter-" + PROVINCE, "coordinator-" + PROVINCE, "analyst" })
	void everyPageOfThePersonsRolesIsInChineseWithNamesNotCodes(String username) throws Exception {
		Map<String, String> parameters = parametersFor(username);
		List<String> offences = new ArrayList<>();
		try (BrowserSession person = BrowserSession.signIn(this.platform.gateway(), username,
				RunningPlatform.DEMO_PASSWORD, null)) {
			for (String route : routesOf(person)) {
				String address = address(route, parameters);
				person.open(address);
				person.waitUntilLoaded();
				person.screenshot("chinese" + route.replaceAll("[^a-z]+", "-"));
				List<VisibleText> views = new ArrayList<>();
				views.add(VisibleText.of(person, address));
				views.add(VisibleText.ofDialogs(person, address + "，确认对话框"));
				long tabs = (Long) person.run("return document.querySelectorAll('[role=tab]').length;");
				for (int tab = 0; tab < tabs; tab++) {
					person.run("document.querySelectorAll('[role=tab]')[arguments[0]].click();", tab);
					person.waitUntilLoaded();
					person.screenshot("chinese" + route.replaceAll("[^a-z]+", "-") + "-tab-" + tab);
					views.add(VisibleText.of(person, address + "，第 " + (tab + 1) + " 个标签"));
				}
				for (VisibleText view : views) {
					for (String word : view.foreignWords()) {
						offences
							.add(route + " (" + view.route() + "): " + word + "  …" + around(view.text(), word) + "…");
					}
				}
			}
		}
		assertThat(offences).as("English words or identifiers shown to " + username).isEmpty();
	}

	/**
	 * The routes of the signed-in person's roles, as the pages' route modules declare
	 * them, read in the browser so that the roles are those the pages use.
	 */
	@SuppressWarnings("unchecked")
	private List<String> routesOf(BrowserSession person) {
		List<String> modules = routeModules();
		Object routes = person.runAsync("""
				const modules = arguments[0];
				const done = arguments[arguments.length - 1];
				Promise.all([import('/app/session.js'), ...modules.map((module) => import(module))])
				  .then(([{ session }, ...areas]) => done(areas.flatMap((area) => area.default)
				    .filter((route) => route.roles.some((role) => session.user.roles.includes(role)))
				    .map((route) => route.path)))
				  .catch((error) => done('the route modules did not load: ' + error));
				""", modules);
		assertThat(routes).as("routes of the pages").isInstanceOf(List.class);
		assertThat((List<String>) routes).isNotEmpty();
		return (List<String>) routes;
	}

	/** {@code /app/agency/routes.js} and the others, as the gateway serves them. */
	private static List<String> routeModules() {
		Path pages = Path.of(System.getProperty("gongkai.home", "..")).resolve(PAGES);
		try (Stream<Path> areas = Files.list(pages)) {
			return areas.filter((area) -> Files.exists(area.resolve("routes.js")))
				.map((area) -> "/app/" + area.getFileName() + "/routes.js")
				.sorted()
				.toList();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/**
	 * What each person's routes with parameters are opened with: their own report for a
	 * reporter, a report of the province for the coordinator, the province for the
	 * analyst.
	 */
	private Map<String, String> parametersFor(String username) throws Exception {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("code", PROVINCE);
		if (!username.equals("analyst")) {
			String token = this.platform.password("gongkai-cli", username);
			var reports = json.readTree(this.platform.get("/api/reports", token).body()).get("items");
			assertThat(reports.isEmpty()).as(username + " sees a report of the demo data").isFalse();
			parameters.put("id", reports.get(0).get("id").asString());
		}
		return parameters;
	}

	private static String address(String route, Map<String, String> parameters) {
		return Stream.of(route.split("/")).map((segment) -> {
			if (!segment.startsWith(":")) {
				return segment;
			}
			String value = parameters.get(segment.substring(1));
			assertThat(value).as("a value for " + segment + " of " + route).isNotNull();
			return value;
		}).collect(Collectors.joining("/"));
	}

	private static String around(String text, String word) {
		int at = text.indexOf(word);
		return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + word.length() + 20))
			.replaceAll("\\s+", " ");
	}

}
