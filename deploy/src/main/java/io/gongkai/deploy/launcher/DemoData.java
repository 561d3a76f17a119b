package io.gongkai.deploy.launcher;

import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Loads the demo's published reports through the platform's own text import, as the
 * platform admin and the provinces' coordinators would: the admin onboards each province
 * of the demo with its demo coordinator ({@code coordinator-<code>}, in the realm), which
 * onboarding takes over as Keycloak holds it, password and all; the admin registers the
 * agency a text belongs to in its province's registry; the province's demo coordinator
 * previews the text, confirms the figures read, makes the report of the agency from it as
 * accepted (the agency published it already) and publishes it. A province or a text that
 * cannot be loaded is skipped with a line saying why; loading goes on. Idempotent: an
 * onboarded province and an agency that has its report are left as they are, so a second
 * {@code up} adds nothing. A second {@code up} that finds every text's report published
 * asks no more than that, on the public side, with no sign-in: a warm start is not held
 * up by password grants and calls that would change nothing.
 */
final class DemoData {

	static final String DEMO_PASSWORD = "gongkai-demo";

	private static final String ADMIN = "admin";

	private final GatewayCalls calls;

	private final Console console;

	private final List<DemoTexts.DemoText> texts;

	/** Per agency id: null once registered, else why it could not be. */
	private final Map<String, String> agencyFailures = new HashMap<>();

	/** Per province: its reports by agency id, as listed before importing. */
	private final Map<String, Map<String, JsonNode>> reportsByAgency = new HashMap<>();

	private int agenciesCreated;

	private int agenciesPresent;

	DemoData(GatewayCalls calls, Console console, List<DemoTexts.DemoText> texts) {
		this.calls = calls;
		this.console = console;
		this.texts = texts;
	}

	/**
	 * Imports what is missing, printing a line per text skipped and the progress.
	 * @return what was created and what was already there
	 */
	Summary load() {
		Instant begin = Instant.now();
		List<DemoTexts.DemoText> imported = this.texts.stream().filter((text) -> !text.skipped()).toList();
		if (allPublished(imported)) {
			int skipped = this.texts.size() - imported.size();
			this.console.say("    演示数据：%d 份报告都已公开%s，无需导入（用时 %d 秒）", imported.size(),
					(skipped > 0) ? "（另有 " + skipped + " 份按计划跳过）" : "",
					Duration.between(begin, Instant.now()).toSeconds());
			int agencies = (int) imported.stream().map(DemoTexts.DemoText::agencyId).distinct().count();
			return new Summary(0, agencies, 0, imported.size(), skipped);
		}
		int created = 0;
		int present = 0;
		int skipped = 0;
		onboard(provinces(this.texts));
		for (DemoTexts.DemoText text : this.texts) {
			if (text.skipped()) {
				skipped++;
				this.console.say("    演示数据：跳过 %s：%s", text.name(), text.skipReason());
				continue;
			}
			try {
				if (importText(text)) {
					created++;
				}
				else {
					present++;
				}
				this.console.say("    演示数据：已导入 %d/%d 份报告", created + present, this.texts.size());
			}
			catch (LauncherException ex) {
				skipped++;
				this.console.say("    演示数据：跳过 %s：%s", text.name(), ex.getMessage());
			}
		}
		if (created > 0) {
			synchronise();
		}
		Summary summary = new Summary(this.agenciesCreated, this.agenciesPresent, created, present, skipped);
		this.console.say("    演示数据：%d 份报告中新导入 %d 份，已有 %d 份，跳过 %d 份；机关新登记 %d 个，已有 %d 个（用时 %d 秒）", this.texts.size(),
				created, present, skipped, this.agenciesCreated, this.agenciesPresent,
				Duration.between(begin, Instant.now()).toSeconds());
		return summary;
	}

	/**
	 * Whether the agency of every text has its report published: asked of the public
	 * list, one agency at a time, until one has none.
	 */
	private boolean allPublished(List<DemoTexts.DemoText> imported) {
		if (imported.isEmpty()) {
			return false;
		}
		for (DemoTexts.DemoText text : imported) {
			GatewayCalls.Answer answer = this.calls
				.getAnonymously("/api/public/reports?size=1&agency=" + URLEncoder.encode(text.agencyId(), UTF_8));
			if (!answer.ok() || answer.body().path("total").asLong(0) == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Onboards the provinces as the platform admin, each with its demo coordinator; one
	 * already on board answers as it stands.
	 */
	private void onboard(Set<String> provinces) {
		int active = 0;
		for (String province : provinces) {
			ObjectNode coordinator = json().createObjectNode().put("username", "coordinator-" + province);
			ObjectNode request = json().createObjectNode();
			request.set("coordinator", coordinator);
			try {
				GatewayCalls.Answer answer = this.calls.post("/api/tenants/" + province + "/onboarding", ADMIN,
						request);
				if (!answer.ok()) {
					this.console.say("    演示数据：%s", answer.failure("接入省份 " + province));
					continue;
				}
				if (answer.body().hasNonNull("coordinatorTemporaryPassword")) {
					this.console.say("    演示数据：省份 %s 的协调员账号 coordinator-%s 被设了临时密码 %s，首次登录时须改密码", province, province,
							answer.body().path("coordinatorTemporaryPassword").asString());
				}
				active++;
			}
			catch (LauncherException ex) {
				this.console.say("    演示数据：%s", ex.getMessage());
			}
		}
		this.console.say("    演示数据：%d 个省份已接入平台", active);
	}

	/**
	 * @return true when the report was made now, false when its agency had it already
	 */
	private boolean importText(DemoTexts.DemoText text) {
		String province = text.provinceCode();
		String coordinator = "coordinator-" + province;
		register(text);
		JsonNode existing = reportsOf(province).get(text.agencyId());
		if (existing != null) {
			if ("accepted".equals(existing.path("status").asString())) {
				publish(existing.path("id").asString(), coordinator);
			}
			return false;
		}
		ObjectNode pasted = json().createObjectNode().put("text", text.text()).put("name", text.name());
		JsonNode preview = this.calls.post("/api/reports/imports/preview", coordinator, pasted).require("读取原文").body();
		String previews = "/api/reports/imports/previews/" + preview.path("id").asString();
		ObjectNode confirmed = json().createObjectNode();
		for (Map.Entry<String, JsonNode> figure : preview.path("figures").properties()) {
			if ("extracted".equals(figure.getValue().path("state").asString())) {
				confirmed.set(figure.getKey(), json().createObjectNode().put("decision", "confirmed"));
			}
		}
		if (!confirmed.isEmpty()) {
			ObjectNode decisions = json().createObjectNode();
			decisions.set("metrics", confirmed);
			this.calls.post(previews + "/confirmations", coordinator, decisions).require("确认读出的数字");
		}
		ObjectNode choice = json().createObjectNode()
			.put("agencyId", text.agencyId())
			.put("kind", text.agency().path("kind").asString())
			.put("accepted", true);
		GatewayCalls.Answer draft = this.calls.post(previews + "/draft", coordinator, choice);
		if (draft.status() == 409 && "report-exists".equals(draft.problemKind())) {
			return false;
		}
		publish(draft.require("由原文生成报告").body().path("id").asString(), coordinator);
		return true;
	}

	private void register(DemoTexts.DemoText text) {
		String id = text.agencyId();
		if (!this.agencyFailures.containsKey(id)) {
			ObjectNode body = json().createObjectNode();
			for (String field : List.of("id", "name", "aliases", "level", "kind", "regionCode", "scope")) {
				body.set(field, text.agency().get(field));
			}
			GatewayCalls.Answer answer = this.calls.post("/api/tenants/" + text.provinceCode() + "/agencies", ADMIN,
					body);
			if (answer.ok()) {
				this.agenciesCreated++;
			}
			else if (answer.status() == 409) {
				this.agenciesPresent++;
			}
			boolean registered = answer.ok() || answer.status() == 409;
			this.agencyFailures.put(id, registered ? null : answer.failure("登记机关 " + id));
		}
		String failure = this.agencyFailures.get(id);
		if (failure != null) {
			throw new LauncherException(failure);
		}
	}

	private Map<String, JsonNode> reportsOf(String province) {
		Map<String, JsonNode> known = this.reportsByAgency.get(province);
		if (known == null) {
			known = new HashMap<>();
			JsonNode page = this.calls.get("/api/reports?size=200", "coordinator-" + province)
				.require("列出省份 " + province + " 的报告")
				.body();
			for (JsonNode report : page.path("items")) {
				known.put(report.path("agencyId").asString(), report);
			}
			this.reportsByAgency.put(province, known);
		}
		return known;
	}

	private void publish(String reportId, String coordinator) {
		GatewayCalls.Answer answer = this.calls.post("/api/reports/" + reportId + "/publish", coordinator,
				json().createObjectNode());
		if (answer.status() != 409) {
			answer.require("公开报告");
		}
	}

	/**
	 * Asks analytics-service for a synchronisation round now, so the figures show at
	 * once.
	 */
	private void synchronise() {
		try {
			this.calls.post("/api/analytics/sync", ADMIN, json().createObjectNode()).require("同步全国数据");
		}
		catch (LauncherException ex) {
			this.console.say("    演示数据：%s；全国数据会在下一轮定时同步时更新", ex.getMessage());
		}
	}

	private ObjectMapper json() {
		return this.calls.json();
	}

	/** The provinces the demo's texts are imported into. */
	static Set<String> provinces(List<DemoTexts.DemoText> texts) {
		return texts.stream()
			.filter((text) -> !text.skipped())
			.map(DemoTexts.DemoText::provinceCode)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * What loading did.
	 *
	 * @param agenciesCreated agencies registered now
	 * @param agenciesPresent agencies that were already registered
	 * @param reportsCreated reports imported and published now
	 * @param reportsPresent reports that were already there
	 * @param skipped texts left out, each with a line saying why
	 */
	record Summary(int agenciesCreated, int agenciesPresent, int reportsCreated, int reportsPresent, int skipped) {

	}

}
