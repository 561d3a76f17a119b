package io.gongkai.tenant.account;

import java.time.Instant;
import java.util.Map;

import io.gongkai.tenant.account.ProvinceAccounts.OpenedAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record holding a temporary password prints {@code <hidden>} in its place, so that a
 * log line or a test failure never shows it.
 */
class PasswordsNotPrintedTest {

	private static final String PASSWORD = "Tmp-9f3c2a71b8";

	@Test
	void anOpenedAccountHidesItsTemporaryPassword() {
		String printed = new OpenedAccount("u-1", "coordinator-210000", PASSWORD).toString();

		assertThat(printed).doesNotContain(PASSWORD).contains("coordinator-210000", "temporaryPassword=<hidden>");
	}

	@Test
	void anAccountAsTheApiShowsItHidesItsTemporaryPassword() {
		String printed = new AccountView("u-2", "reporter-620000", "张三", "620000", "620000-hrss", "甘肃省人力资源和社会保障厅",
				"agency-reporter", true, Instant.parse("2026-01-05T08:00:00Z"), PASSWORD)
			.toString();

		assertThat(printed).doesNotContain(PASSWORD).contains("reporter-620000", "temporaryPassword=<hidden>");
	}

	@Test
	void aNewKeycloakUserHidesItsTemporaryPassword() {
		String printed = new NewKeycloakUser("reporter-620000", null, "三", "张", "620000", "620000-hrss", PASSWORD)
			.toString();

		assertThat(printed).doesNotContain(PASSWORD).contains("temporaryPassword=<hidden>");
	}

	@Test
	void anAccountOnItsWayToBeingOpenedHidesItsTemporaryPassword() {
		KeycloakUser user = new KeycloakUser("u-3", "coordinator-140000", "四", "李", true, Map.of());

		String printed = new AccountProvisioning.Opening(user, false, false, PASSWORD).toString();

		assertThat(printed).doesNotContain(PASSWORD).contains("coordinator-140000", "temporaryPassword=<hidden>");
	}

}
