package io.gongkai.deploy.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RealmFileTests {

	private static final List<String> PROVINCES = List.of("210000", "620000", "460000", "140000", "370000");

	private static final Map<String, String> AGENCIES = Map.of("210000", "210000-rst", "620000", "620421-rsj", "460000",
			"460100-rsj", "140000", "140400-ldj", "370000", "370200-rsj");

	private final ObjectMapper json = JsonMapper.builder().build();

	private final JsonNode realm = this.json.readTree(RealmFile.render(18080));

	@Test
	void theRealmIsGongkaiWithFiveMinuteAccessTokens() {
		assertThat(this.realm.path("realm").asString()).isEqualTo("gongkai");
		assertThat(this.realm.path("enabled").asBoolean()).isTrue();
		assertThat(this.realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
	}

	@Test
	void itDeclaresTheFourPlatformRoles() {
		assertThat(names(this.realm.path("roles").path("realm"))).contains("platform-admin", "national-analyst",
				"provincial-coordinator", "agency-reporter");
	}

	@Test
	void theUserProfileDeclaresProvinceAndAgencyEditableByAdminsOnly() {
		JsonNode provider = this.realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
		assertThat(provider.path("providerId").asString()).isEqualTo("declarative-user-profile");
		JsonNode profile = this.json.readTree(provider.path("config").path("kc.user.profile.config").get(0).asString());
		for (String attribute : List.of("province", "agency")) {
			JsonNode declared = byName(profile.path("attributes"), attribute);
			assertThat(strings(declared.path("permissions").path("edit"))).as(attribute).containsExactly("admin");
			assertThat(strings(declared.path("permissions").path("view"))).as(attribute).contains("admin", "user");
		}
		assertThat(names(profile.path("attributes"))).contains("username", "email", "firstName", "lastName");
		assertThat(profile.path("attributes").findValues("required")).as("nothing a user must fill at login").isEmpty();
	}

	@Test
	void theGongkaiScopeMapsProvinceAgencyAndFlatRolesIntoAccessTokens() {
		JsonNode scope = byName(this.realm.path("clientScopes"), "gongkai");
		JsonNode province = byName(scope.path("protocolMappers"), "province");
		assertThat(province.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
		assertThat(province.path("config").path("user.attribute").asString()).isEqualTo("province");
		assertThat(province.path("config").path("claim.name").asString()).isEqualTo("province");
		assertThat(province.path("config").path("access.token.claim").asString()).isEqualTo("true");
		JsonNode agency = byName(scope.path("protocolMappers"), "agency");
		assertThat(agency.path("config").path("claim.name").asString()).isEqualTo("agency");
		assertThat(agency.path("config").path("access.token.claim").asString()).isEqualTo("true");
		JsonNode roles = byName(scope.path("protocolMappers"), "roles");
		assertThat(roles.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
		assertThat(roles.path("config").path("claim.name").asString()).isEqualTo("roles");
		assertThat(roles.path("config").path("multivalued").asString()).isEqualTo("true");
	}

	@Test
	void theAudienceScopeAddsGongkaiApi() {
		JsonNode scope = byName(this.realm.path("clientScopes"), "gongkai-audience");
		JsonNode mapper = scope.path("protocolMappers").get(0);
		assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-audience-mapper");
		assertThat(mapper.path("config").path("included.custom.audience").asString()).isEqualTo("gongkai-api");
		assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
	}

	@Test
	void theBuiltInScopesAreDeclaredSinceKeycloakSkipsThemWhenARealmListsItsOwn() {
		assertThat(names(this.realm.path("clientScopes"))).contains("basic", "profile", "email", "roles", "web-origins",
				"acr");
	}

	@Test
	void everyApiClientGetsTheAudienceExceptTheOneThatProvesItsAbsenceIsRefused() {
		for (String clientId : List.of("gongkai-web", "gongkai-service", "gongkai-cli")) {
			assertThat(strings(client(clientId).path("defaultClientScopes"))).as(clientId)
				.contains("basic", "gongkai", "gongkai-audience");
		}
		assertThat(strings(client("gongkai-no-audience").path("defaultClientScopes"))).contains("gongkai")
			.doesNotContain("gongkai-audience");
		assertThat(client("gongkai-no-audience").path("directAccessGrantsEnabled").asBoolean()).isTrue();
	}

	@Test
	void theWebClientIsConfidentialAndRedirectsOnlyToTheLocalGateway() {
		JsonNode web = client("gongkai-web");
		assertThat(web.path("publicClient").asBoolean()).isFalse();
		assertThat(web.path("secret").asString()).isEqualTo("gongkai-web-secret");
		assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(strings(web.path("redirectUris"))).containsExactlyInAnyOrder("http://127.0.0.1:18080/*",
				"http://localhost:18080/*");
		assertThat(web.path("attributes").path("post.logout.redirect.uris").asString())
			.isEqualTo("http://127.0.0.1:18080/*##http://localhost:18080/*");
		assertThat(RealmFile.render(18080)).doesNotContain(RealmFile.GATEWAY_PORT_PLACEHOLDER);
	}

	@Test
	void theServiceClientHasOnlyAServiceAccountAllowedToManageUsers() {
		JsonNode service = client("gongkai-service");
		assertThat(service.path("secret").asString()).isEqualTo("gongkai-service-secret");
		assertThat(service.path("serviceAccountsEnabled").asBoolean()).isTrue();
		assertThat(service.path("standardFlowEnabled").asBoolean()).isFalse();
		assertThat(service.path("directAccessGrantsEnabled").asBoolean()).isFalse();
		JsonNode account = user("service-account-gongkai-service");
		assertThat(account.path("serviceAccountClientId").asString()).isEqualTo("gongkai-service");
		assertThat(strings(account.path("realmRoles"))).contains("platform-admin", "platform-service");
		assertThat(strings(account.path("clientRoles").path("realm-management"))).contains("manage-users", "view-users",
				"query-users", "view-realm");
	}

	@Test
	void theCliClientIsPublicWithPasswordGrant() {
		JsonNode cli = client("gongkai-cli");
		assertThat(cli.path("publicClient").asBoolean()).isTrue();
		assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
	}

	@Test
	void theSignInAndPasswordPagesAreChineseByDefaultAndEnglishOnRequest() {
		assertThat(this.realm.path("internationalizationEnabled").asBoolean()).isTrue();
		assertThat(strings(this.realm.path("supportedLocales"))).containsExactlyInAnyOrder("zh-CN", "en");
		assertThat(this.realm.path("defaultLocale").asString()).isEqualTo("zh-CN");
		assertThat(this.realm.path("displayName").asString()).contains("公开");
	}

	@Test
	void theDemoAccountsCarryChineseDisplayNamesThatSayWhoTheyAre() {
		assertThat(displayName("analyst")).isEqualTo("全国分析员");
		assertThat(displayName("coordinator-140000")).isEqualTo("山西省协调员");
		assertThat(displayName("coordinator-500000")).isEqualTo("重庆市协调员");
		assertThat(displayName("reporter-210000")).isEqualTo("辽宁省人力资源和社会保障厅报送员");
		for (JsonNode user : this.realm.path("users")) {
			if (!user.has("serviceAccountClientId")) {
				assertThat(user.path("firstName").asString() + user.path("lastName").asString())
					.as(user.path("username").asString())
					.matches("\\p{IsHan}+");
			}
		}
	}

	/**
	 * The name as the pages show it: a Chinese name family name (Keycloak's last name)
	 * first, with no space.
	 */
	private String displayName(String username) {
		JsonNode user = user(username);
		return user.path("lastName").asString() + user.path("firstName").asString();
	}

	@Test
	void everyDemoUserCanLogInWithTheDemoPasswordAndHasItsRoleAndAttributes() {
		expectUser("admin", "platform-admin", null, null);
		expectUser("analyst", "national-analyst", null, null);
		for (String province : PROVINCES) {
			expectUser("coordinator-" + province, "provincial-coordinator", province, null);
			expectUser("reporter-" + province, "agency-reporter", province, AGENCIES.get(province));
		}
	}

	private void expectUser(String username, String role, String province, String agency) {
		JsonNode user = user(username);
		assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
		assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
		assertThat(user.path("email").asString()).as(username).isNotBlank();
		assertThat(user.path("firstName").asString()).as(username).isNotBlank();
		assertThat(user.path("lastName").asString()).as(username).isNotBlank();
		assertThat(user.path("requiredActions").isEmpty()).as(username).isTrue();
		JsonNode password = user.path("credentials").get(0);
		assertThat(password.path("type").asString()).as(username).isEqualTo("password");
		assertThat(password.path("value").asString()).as(username).isEqualTo("gongkai-demo");
		assertThat(password.path("temporary").asBoolean()).as(username).isFalse();
		assertThat(strings(user.path("realmRoles"))).as(username).contains(role);
		JsonNode attributes = user.path("attributes");
		if (province != null) {
			assertThat(strings(attributes.path("province"))).as(username + " province").containsExactly(province);
		}
		else {
			assertThat(attributes.has("province")).as(username + " has no province").isFalse();
		}
		if (agency != null) {
			assertThat(strings(attributes.path("agency"))).as(username + " agency").containsExactly(agency);
		}
		else {
			assertThat(attributes.has("agency")).as(username + " has no agency").isFalse();
		}
	}

	private JsonNode client(String clientId) {
		return StreamSupport.stream(this.realm.path("clients").spliterator(), false)
			.filter((c) -> clientId.equals(c.path("clientId").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no client " + clientId));
	}

	private JsonNode user(String username) {
		return StreamSupport.stream(this.realm.path("users").spliterator(), false)
			.filter((u) -> username.equals(u.path("username").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no user " + username));
	}

	private static JsonNode byName(JsonNode array, String name) {
		return StreamSupport.stream(array.spliterator(), false)
			.filter((node) -> name.equals(node.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing named " + name));
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach((node) -> names.add(node.path("name").asString()));
		return names;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.asString()));
		return values;
	}

}
