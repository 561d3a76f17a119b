package io.gongkai.deploy.launcher;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin's page of the public API keys, after {@code ./gongkai up}: a key
 * someone asked for on the public side is listed with its holder and its uses (never the
 * key), in Chinese, and revoked after the confirmation; the key is then refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(RunningPlatform.class)
class ApiKeysPageIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RunningPlatform platform;

	@BeforeAll
	void start(RunningPlatform platform) {
		this.platform = platform;
	}

	@Test
	void thePlatformAdminSeesWhoHoldsAKeyAndHowMuchItWasUsedAndRevokesIt() throws Exception {
		HttpResponse<String> issued = this.platform.http()
			.send(HttpRequest.newBuilder(URI.create(this.platform.gateway() + "/api/public/api-keys"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"name\":\"钱研究员\",\"contact\":\"某社会科学院\",\"purpose\":\"比较各省的行政复议数据\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		String key = json.readTree(issued.body()).get("key").asString();
		for (int i = 0; i < 3; i++) {
			assertThat(withKey(key).statusCode()).isEqualTo(200);
		}

		List<String> offences = new ArrayList<>();
		try (BrowserSession admin = BrowserSession.signIn(this.platform.gateway(), "admin",
				RunningPlatform.DEMO_PASSWORD, null)) {
			admin.open("/admin/api-keys");
			admin.find("api-keys");
			admin.waitUntilLoaded();
			admin.screenshot("admin-api-keys");
			assertThat(admin.pageText()).contains("钱研究员").contains("某社会科学院").doesNotContain(key.substring(3));
			for (VisibleText view : List.of(VisibleText.of(admin, "/admin/api-keys"),
					VisibleText.ofDialogs(admin, "/admin/api-keys，确认对话框"))) {
				view.foreignWords().forEach((word) -> offences.add(view.route() + ": " + word));
			}

			admin.click("api-key-revoke");
			admin.waitForText("confirm-message", "钱研究员");
			admin.click("confirm-yes");
			admin.waitForText("api-key-revoked", "钱研究员");
			assertThat(admin.pageText()).contains("已于");
		}
		assertThat(offences).as("English words or identifiers shown to the platform admin").isEmpty();
		assertThat(withKey(key).statusCode()).as("the revoked key").isEqualTo(403);
	}

	private HttpResponse<String> withKey(String key) throws Exception {
		return this.platform.http()
			.send(HttpRequest.newBuilder(URI.create(this.platform.gateway() + "/api/public/years"))
				.header("X-Api-Key", key)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
