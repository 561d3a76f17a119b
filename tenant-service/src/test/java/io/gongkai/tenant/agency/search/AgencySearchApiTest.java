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
						{"id":"370200-gov","name":"青岛市人民政府","level":"prefecture","kind":"government","regionCode":"370200","scope":"aggregate"}""");
		register("370000",
				"""
						{"id":"370200-rsj","name":"青岛市人力资源和社会保障局","aliases":["青岛市劳动和社会保障局"],"level":"prefecture","kind":"department","regionCode":"370200"}""");
		register("370000",
				"""
						{"id":"370100-rsj","name":"济南市人力资源和社会保障局","level":"prefecture","kind":"department","regionCode":"370100"}""");
	}

	@Test
	void searchFindsTheAgencyUnderTheUsualVariantsWithScoreAndReason() throws Exception {
		search("370000", "青島市勞動和社會保障局").andExpect(jsonPath("$[0].agency.id").value("370200-rsj"))
			.andExpect(jsonPath("$[0].matchedBy").value("alias-variant"))
			.andExpect(jsonPath("$[0].matched").value("青岛市劳动和社会保障局"))
			.andExpect(jsonPath("$[0].reason").value(containsString("traditional characters")));
		search("370000", "青岛市 人社局").andExpect(jsonPath("$[0].agency.id").value("370200-rsj"))
			.andExpect(jsonPath("$[0].score").value(0.95))
			.andExpect(jsonPath("$[0].reason").value(containsString("short form '人社局'")));
		search("370000", "人社局&region=370200").andExpect(jsonPath("$[0].agency.id").value("370200-rsj"))
			.andExpect(jsonPath("$[1].agency.id").value("370100-rsj"))
			.andExpect(jsonPath("$[1].score").value(lessThan(0.8)));
		search("370000", "青岛政府").andExpect(jsonPath("$[0].agency.id").value("370200-gov"));
	}

	@Test
	void theMatcherNamesTheOneAgencyANameDesignatesAndNoneWhenItIsAmbiguous() {
		assertThat(this.matcher.best("370000", "青岛市人社局")).map((match) -> match.agency().id()).contains("370200-rsj");
		assertThat(this.matcher.best("370000", "人力资源和社会保障局")).isEmpty();
		assertThat(this.matcher.match("370000", "人力资源和社会保障局")).extracting((match) -> match.agency().id())
			.startsWith("370100-rsj", "370200-rsj");
		assertThat(this.matcher.best("370000", "国家统计局")).isEmpty();
	}

	@Test
	void theSearchIndexFollowsChangesMadeThroughTheRegistry() throws Exception {
		search("370000", "淄博市人社局").andExpect(jsonPath("$[*].score", everyItem(lessThan(0.6))));
		register("370000",
				"""
						{"id":"370300-rsj","name":"淄博市人力资源和社会保障局","level":"prefecture","kind":"department","regionCode":"370300"}""");
		search("370000", "淄博市人社局").andExpect(jsonPath("$[0].agency.id").value("370300-rsj"));
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
		register("150000",
				"""
						{"id":"150200-ldj","name":"包头市劳动和社会保障局","aliases":["包头市人力资源和社会保障局"],"level":"prefecture","kind":"department","regionCode":"150200"}""")
			.andExpect(status().isCreated());
		register("150000",
				"""
						{"id":"150100-rsj","name":"呼和浩特市人力资源和社会保障局","level":"prefecture","kind":"department","regionCode":"150100"}""")
			.andExpect(status().isCreated());
		searchAs("150000", "包头").andExpect(jsonPath("$[0].agency.id").value("150200-ldj"))
			.andExpect(jsonPath("$[0].matchedBy").value("place"));
		searchAs("150000", "劳动保障局").andExpect(jsonPath("$[0].agency.id").value("150200-ldj"));
		searchAs("150000", "人社局").andExpect(jsonPath("$[*].agency.id", hasItems("150200-ldj", "150100-rsj")));
		searchAs("150000", "青城人社").andExpect(jsonPath("$[*].matchedBy", not(hasItem("alias"))));
		this.mvc.perform(put("/api/tenants/150000/agencies/150100-rsj")
			.header("Authorization", bearer(tokens.coordinator("150000")))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name":"呼和浩特市人力资源和社会保障局","aliases":["青城人社"],"level":"prefecture","kind":"department","regionCode":"150100"}"""))
			.andExpect(status().isOk());
		searchAs("150000", "青城人社").andExpect(jsonPath("$[0].agency.id").value("150100-rsj"))
			.andExpect(jsonPath("$[0].matchedBy").value("alias"));
		searchAs("150000", "呼和浩特人社").andExpect(jsonPath("$[0].agency.id").value("150100-rsj"));
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
					bearer(tokens.reporter(province, "370200-rsj"))))
			.andExpect(status().isOk());
	}

}
