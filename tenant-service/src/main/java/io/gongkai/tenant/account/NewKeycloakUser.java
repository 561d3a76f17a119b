package io.gongkai.tenant.account;

/**
 * What a new account is made of in Keycloak. The temporary password must be changed at
 * the first sign-in.
 */
record NewKeycloakUser(String username, String email, String firstName, String lastName, String province, String agency,
		String temporaryPassword) {

	@Override
	public String toString() {
		return "NewKeycloakUser[username=" + this.username + ", province=" + this.province + ", agency=" + this.agency
				+ ", temporaryPassword=<hidden>]";
	}

}
