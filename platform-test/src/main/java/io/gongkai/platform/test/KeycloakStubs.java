package io.gongkai.platform.test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Keycloak's answers as a WireMock server gives them: the service account's token and the
 * admin API of the {@code gongkai} realm, as the services call them.
 */
public final class KeycloakStubs {

	/** Where the realm's admin API answers. */
	public static final String ADMIN_API = "/admin/realms/gongkai";

	/** Where the realm hands out tokens. */
	public static final String TOKEN_ENDPOINT = "/realms/gongkai/protocol/openid-connect/token";

	private KeycloakStubs() {
	}

	/**
	 * Keycloak hands the service account this access token, valid five minutes.
	 * @param keycloak the stand-in
	 * @param accessToken the token it hands out
	 */
	public static void serviceAccountToken(WireMockServer keycloak, String accessToken) {
		keycloak.stubFor(WireMock.post(urlPathEqualTo(TOKEN_ENDPOINT))
			.willReturn(
					okJson("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
	}

	/**
	 * A realm with no users yet whose admin API accepts every write: the user list and
	 * each user's realm roles are empty, the role asked for exists (its id
	 * {@code roleId}, no one holding it), and granting roles, updating and deleting users
	 * succeed. Creating a user is for each test to answer.
	 * @param keycloak the stand-in
	 * @param roleId the id the role asked for has
	 * @param roleName the name it has
	 */
	public static void emptyRealm(WireMockServer keycloak, String roleId, String roleName) {
		keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN_API + "/users")).willReturn(okJson("[]")));
		keycloak.stubFor(
				WireMock.get(urlPathMatching(ADMIN_API + "/users/[^/]+/role-mappings/realm")).willReturn(okJson("[]")));
		keycloak.stubFor(WireMock.get(urlPathMatching(ADMIN_API + "/roles/.*"))
			.willReturn(okJson("{\"id\":\"" + roleId + "\",\"name\":\"" + roleName + "\"}")));
		keycloak.stubFor(WireMock.get(urlPathMatching(ADMIN_API + "/roles/[^/]+/users")).willReturn(okJson("[]")));
		keycloak.stubFor(WireMock.post(urlPathMatching(ADMIN_API + "/users/[^/]+/role-mappings/realm"))
			.willReturn(aResponse().withStatus(204)));
		keycloak
			.stubFor(WireMock.put(urlPathMatching(ADMIN_API + "/users/.*")).willReturn(aResponse().withStatus(204)));
		keycloak
			.stubFor(WireMock.delete(urlPathMatching(ADMIN_API + "/users/.*")).willReturn(aResponse().withStatus(204)));
	}

	/**
	 * Creating a user succeeds and Keycloak says where the new user is.
	 * @param keycloak the stand-in
	 * @param userId the id Keycloak gives the user
	 */
	public static void userCreatedAs(WireMockServer keycloak, String userId) {
		keycloak.stubFor(WireMock.post(urlPathEqualTo(ADMIN_API + "/users"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Location", keycloak.baseUrl() + ADMIN_API + "/users/" + userId)));
	}

}
