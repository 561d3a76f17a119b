package io.gongkai.tenant.agency.search;

import io.gongkai.tenant.agency.RegistryApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgencySearchApiTest extends RegistryApiTestSupport {

	@Autowired
	AgencyMatcher matcher;

	@BeforeEach
	void registry() throws Exception {
		register("370000",
				"""
						{"id":"qd-gov","name":"青岛市人民政府","level":"prefecture","kind":"government","regionCode":"370200","scope":"aggregate"}""");
		register("370000",
				"""
						{"id":"qd-rsj","name":"青岛市人力资源和社会保障局","aliases":["青岛市劳动和社会保障局"],"level":"prefecture","kind":"department","regionCode":"370200"}""");
		register("370000",
				"""
						{"id":"jn-rsj","name":"济南市人力资源和社会保障局","level":"prefecture","kind":"department","regionCode":"370100"}""");
	}

	@Test
	void searchFindsTheAgencyUnderTheUsualVariantsWithScoreAndReason() throws Exception {
		search("370000", "青島市勞動和社會保障局").andExpect(jsonPath("$[0].agency.id").value("qd-rsj"))
			.andExpect(jsonPath("$[0].matchedBy").value("alias-variant"))
			.andExpect(jsonPath("$[0].matched").value("青岛市劳动和社会保障局"))
			.andExpect(jsonPath("$[0].reason").value(containsString("traditional characters")));
		search("370000", "青岛市 人社局").andExpect(jsonPath("$[0].agency.id").value("qd-rsj"))
			.andExpect(jsonPath("$[0].score").value(0.95))
			.andExpect(jsonPath("$[0].reason").value(containsString("short form '人社局'")));
		search("370000", "人社局&region=370200").andExpect(jsonPath("$[0].agency.id").value("qd-rsj"))
			.andExpect(jsonPath("$[1].agency.id").value("jn-rsj"))
			.andExpect(jsonPath("$[1].score").value(lessThan(0.8)));
		search("370000", "青岛政府").andExpect(jsonPath("$[0].agency.id").value("qd-gov"));
	}

	@Test
	void theMatcherNamesTheOneAgencyANameDesignatesAndNoneWhenItIsAmbiguous() {
		assertThat(this.matcher.best("370000", "青岛市人社局")).map((match) -> match.agency().id()).contains("qd-rsj");
		assertThat(this.matcher.best("370000", "人力资源和社会保障局")).isEmpty();
		assertThat(this.matcher.match("370000", "人力资源和社会保障局")).extracting((match) -> match.agency().id())
			.startsWith("jn-rsj", "qd-rsj");
		assertThat(this.matcher.best("370000", "国家统计局")).isEmpty();
	}

	@Test
	void theSearchIndexFollowsChangesMadeThroughTheRegistry() throws Exception {
		search("370000", "淄博市人社局").andExpect(jsonPath("$[*].score", everyItem(lessThan(0.6))));
		register("370000",
				"""
						{"id":"zb-rsj","name":"淄博市人力资源和社会保障局","level":"prefecture","kind":"department","regionCode":"370300"}""");
		search("370000", "淄博市人社局").andExpect(jsonPath("$[0].agency.id").value("zb-rsj"));
		importCsv("370000", "dryRun=false", "名称,层级,类型,区划代码\n烟台市人力资源和社会保障局,地级,部门,370600\n").andExpect(status().isOk());
		search("370000", "烟台市人社局").andExpect(jsonPath("$[0].agency.name").value("烟台市人力资源和社会保障局"));
	}

	@Test
	void aSearchWithoutANameIsABadRequest() throws Exception {
		this.mvc
			.perform(get("/api/tenants/370000/agencies/search?q=").header("Authorization",
					bearer(tokens.coordinator("370000"))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theRegistrySearchFindsAnAgencyByPlaceByFormerNameAndByAnAliasJustSaved() throws Exception {
		register("140000",
				"""
						{"id":"140400-ldj","name":"长治市劳动和社会保障局","aliases":["长治市人力资源和社会保障局"],"level":"prefecture","kind":"department","regionCode":"140400"}""")
			.andExpect(status().isCreated());
		register("140000",
				"""
						{"id":"140100-rsj","name":"太原市人力资源和社会保障局","level":"prefecture","kind":"department","regionCode":"140100"}""")
			.andExpect(status().isCreated());
		searchAs("140000", "长治").andExpect(jsonPath("$[0].agency.id").value("140400-ldj"))
			.andExpect(jsonPath("$[0].matchedBy").value("place"));
		searchAs("140000", "劳动保障局").andExpect(jsonPath("$[0].agency.id").value("140400-ldj"));
		searchAs("140000", "人社局").andExpect(jsonPath("$[*].agency.id", hasItems("140400-ldj", "140100-rsj")));
		searchAs("140000", "并州人社").andExpect(jsonPath("$[*].matchedBy", not(hasItem("alias"))));
		this.mvc.perform(put("/api/tenants/140000/agencies/140100-rsj")
			.header("Authorization", bearer(tokens.coordinator("140000")))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name":"太原市人力资源和社会保障局","aliases":["并州人社"],"level":"prefecture","kind":"department","regionCode":"140100"}"""))
			.andExpect(status().isOk());
		searchAs("140000", "并州人社").andExpect(jsonPath("$[0].agency.id").value("140100-rsj"))
			.andExpect(jsonPath("$[0].matchedBy").value("alias"));
		searchAs("140000", "太原人社").andExpect(jsonPath("$[0].agency.id").value("140100-rsj"));
	}

	private ResultActions searchAs(String province, String query) throws Exception {
		return this.mvc
			.perform(get("/api/tenants/" + province + "/agencies/search").queryParam("q", query)
				.header("Authorization", bearer(tokens.coordinator(province))))
			.andExpect(status().isOk());
	}

	private ResultActions search(String province, String query) throws Exception {
		return this.mvc
			.perform(get("/api/tenants/" + province + "/agencies/search?q=" + query).header("Authorization",
					bearer(tokens.reporter(province, "qd-rsj"))))
			.andExpect(status().isOk());
	}

}
