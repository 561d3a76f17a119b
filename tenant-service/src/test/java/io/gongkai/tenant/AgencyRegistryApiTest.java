package io.gongkai.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgencyRegistryApiTest extends TenantServiceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everySignedInUserSeesTheThirtyTwoTenants() throws Exception {
		this.mvc.perform(get("/api/tenants").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(32)))
			.andExpect(jsonPath("$[*].code", hasItem("660000")));
		this.mvc.perform(get("/api/tenants/710000").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorRegistersAgenciesOfItsOwnProvinceOnly() throws Exception {
		register(tokens.coordinator("370000"), "370000", "370200-rsj", "青岛市人力资源和社会保障局", "370200")
			.andExpect(status().isCreated());
		register(tokens.coordinator("370000"), "210000", "210000-x", "辽宁省某厅", "210000")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"));
		this.mvc
			.perform(get("/api/tenants/370000/agencies").header("Authorization",
					"Bearer " + tokens.coordinator("210000")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/tenants/370000/agencies").header("Authorization",
					"Bearer " + tokens.reporter("370000", "370200-rsj")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem("370200-rsj")));
		register(tokens.reporter("370000", "370200-rsj"), "370000", "370200-y", "青岛市某局", "370200")
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tenants/370000/agencies").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isForbidden());
	}

	@Test
	void registeringTheSameAgencyTwiceIsAConflict() throws Exception {
		register(tokens.admin(), "460000", "460100-rsj", "海口市人力资源和社会保障局", "460100").andExpect(status().isCreated());
		register(tokens.admin(), "460000", "460100-rsj", "海口市人力资源和社会保障局", "460100").andExpect(status().isConflict());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					region outside the province; {"name":"某局","level":"county","kind":"department","regionCode":"110101"}; 422; regionCode
					malformed region code; {"name":"某局","level":"county","kind":"department","regionCode":"62x"}; 400; regionCode
					unknown level; {"name":"某局","level":"galaxy","kind":"department","regionCode":"620421"}; 400; galaxy
					missing name; {"level":"county","kind":"department","regionCode":"620421"}; 400; name
					unknown parent; {"name":"某局","level":"county","kind":"department","regionCode":"620421","parentId":"nope"}; 422; parentId
					""")
	void badAgenciesAreRefusedWithTheFieldToFix(String name, String body, int status, String mentioned)
			throws Exception {
		this.mvc
			.perform(post("/api/tenants/620000/agencies").header("Authorization", "Bearer " + tokens.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(status))
			.andExpect(content().string(containsString(mentioned)));
		this.mvc.perform(get("/api/tenants/620000/agencies").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	private org.springframework.test.web.servlet.ResultActions register(String token, String province, String id,
			String name, String region) throws Exception {
		return this.mvc
			.perform(post("/api/tenants/" + province + "/agencies").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"id":"%s","name":"%s","level":"prefecture","kind":"department","regionCode":"%s","scope":"own"}
						""".formatted(id, name, region)));
	}

}
