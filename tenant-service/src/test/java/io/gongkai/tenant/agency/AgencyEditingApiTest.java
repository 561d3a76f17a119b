package io.gongkai.tenant.agency;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgencyEditingApiTest extends RegistryApiTestSupport {

	@Test
	void anEditMustCarryTheETagItWasReadWith() throws Exception {
		register("500000", agency("500000-rsj", "重庆市人力资源和社会保障局", "province", "department", "500000", null))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"1\""));
		String renamed = agency(null, "重庆市人力资源和社会保障局（重庆市公务员局）", "province", "department", "500000", null);
		edit("500000", "500000-rsj", null, renamed).andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/version-required"));
		edit("500000", "500000-rsj", "\"7\"", renamed).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/agency-changed"));
		edit("500000", "500000-rsj", "\"1\"", renamed).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.name").value("重庆市人力资源和社会保障局（重庆市公务员局）"));
		edit("500000", "500000-rsj", "\"1\"", agency(null, "某局", "province", "department", "500000", null))
			.andExpect(status().isPreconditionFailed());
		read("500000", "500000-rsj").andExpect(jsonPath("$.name").value("重庆市人力资源和社会保障局（重庆市公务员局）"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void changingTheParentToASubordinateIsRefusedAsACycle() throws Exception {
		register("510000", agency("510100-gov", "成都市人民政府", "prefecture", "government", "510100", null))
			.andExpect(status().isCreated());
		register("510000", agency("510100-rsj", "成都市人力资源和社会保障局", "prefecture", "department", "510100", "510100-gov"))
			.andExpect(status().isCreated());
		register("510000", agency("510104-rsj", "锦江区人力资源和社会保障局", "county", "department", "510104", "510100-rsj"))
			.andExpect(status().isCreated());
		edit("510000", "510100-gov", "\"1\"",
				agency(null, "成都市人民政府", "prefecture", "government", "510100", "510104-rsj"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/parent-cycle"))
			.andExpect(jsonPath("$.field").value("parentId"))
			.andExpect(jsonPath("$.detail").value(containsString("510100-gov → 510104-rsj → 510100-rsj → 510100-gov")));
		edit("510000", "510100-gov", "\"1\"",
				agency(null, "成都市人民政府", "prefecture", "government", "510100", "510100-gov"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/parent-cycle"));
		read("510000", "510100-gov").andExpect(jsonPath("$.parentId").value(nullValue()))
			.andExpect(jsonPath("$.version").value(1));
		edit("510000", "510104-rsj", "\"1\"",
				agency(null, "锦江区人力资源和社会保障局", "county", "department", "510104", "510100-gov"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value("510100-gov"));
	}

	@Test
	void aParentInAnotherProvinceIsRefusedAsAnUnknownOneNamingNoOtherProvince() throws Exception {
		register("540000", agency("540000-gov", "西藏自治区人民政府", "province", "government", "540000", null))
			.andExpect(status().isCreated());
		String foreign = register("530000",
				agency("530100-x", "昆明市某局", "prefecture", "department", "530100", "540000-gov"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unknown-parent"))
			.andExpect(jsonPath("$.field").value("parentId"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = register("530000",
				agency("530100-y", "昆明市某乙局", "prefecture", "department", "530100", "540000-none"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(foreign).doesNotContain("province 540000").doesNotContain("西藏");
		assertThat(foreign.replace("540000-gov", "ID")).isEqualTo(unknown.replace("540000-none", "ID"));
	}

	@Test
	void theAgenciesExpectedToReportOnAYearAreThoseExistingThatYear() throws Exception {
		register("520000", agency("520100-a", "贵阳市甲局", "prefecture", "department", "520100", null, 2010))
			.andExpect(status().isCreated());
		register("520000", agency("520100-b", "贵阳市乙局", "prefecture", "department", "520100", null, 2020))
			.andExpect(status().isCreated());
		register("520000", agency("520100-c", "贵阳市丙局", "prefecture", "department", "520100", null, 2005))
			.andExpect(status().isCreated());
		register("520000", agency("520100-d", "贵阳市丁局", "prefecture", "department", "520100", null))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/tenants/520000/agencies/520100-c/deactivation")
				.header("Authorization", bearer(tokens.coordinator("520000")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"abolishedYear\":2019,\"mergedInto\":\"520100-b\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.abolishedYear").value(2019))
			.andExpect(jsonPath("$.mergedInto").value("520100-b"));
		expected("520000", 2009).andExpect(jsonPath("$.items[*].id", containsInAnyOrder("520100-c", "520100-d")));
		expected("520000", 2019)
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("520100-a", "520100-c", "520100-d")));
		expected("520000", 2020)
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("520100-a", "520100-b", "520100-d")))
			.andExpect(jsonPath("$.total").value(3));
		list("520000", "active=false").andExpect(jsonPath("$.items[*].id", containsInAnyOrder("520100-c")));
	}

	@Test
	void deactivationNeedsItsYearAndASuccessorOfTheProvince() throws Exception {
		register("360000", agency("360100-e", "南昌市戊局", "prefecture", "department", "360100", null, 2010))
			.andExpect(status().isCreated());
		deactivate("360000", "360100-e", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("abolishedYear"));
		deactivate("360000", "360100-e", "{\"abolishedYear\":2005}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("abolishedYear"));
		deactivate("360000", "360100-e", "{\"abolishedYear\":2015,\"mergedInto\":\"nope\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("mergedInto"));
		read("360000", "360100-e").andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void theListFiltersByLevelKindParentAndNameAndPages() throws Exception {
		register("530000", agency("530100-gov", "昆明市人民政府", "prefecture", "government", "530100", null))
			.andExpect(status().isCreated());
		register("530000", agency("530100-rsj", "昆明市人力资源和社会保障局", "prefecture", "department", "530100", "530100-gov"))
			.andExpect(status().isCreated());
		register("530000", agency("530102-gov", "五华区人民政府", "county", "government", "530102", "530100-gov"))
			.andExpect(status().isCreated());
		register("530000", agency("530102-rsj", "五华区人力资源和社会保障局", "county", "department", "530102", "530102-gov"))
			.andExpect(status().isCreated());
		list("530000", "level=county")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("530102-gov", "530102-rsj")));
		list("530000", "kind=government")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("530100-gov", "530102-gov")));
		list("530000", "parent=530100-gov")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("530100-rsj", "530102-gov")));
		list("530000", "name=人力资源")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("530100-rsj", "530102-rsj")));
		list("530000", "size=3&page=1").andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.page").value(1));
		list("530000", "size=5000").andExpect(status().isBadRequest());
		list("530000", "level=galaxy").andExpect(status().isBadRequest());
	}

	@Test
	void aCoordinatorOfAnotherProvinceReachesNothingOfTheRegistry() throws Exception {
		register("650000", agency("650100-gov", "乌鲁木齐市人民政府", "prefecture", "government", "650100", null))
			.andExpect(status().isCreated());
		String foreign = bearer(tokens.coordinator("640000"));
		for (String path : new String[] { "", "/650100-gov", "/search?q=人民政府", "/expected?year=2020",
				"/export?format=csv" }) {
			this.mvc.perform(get("/api/tenants/650000/agencies" + path).header("Authorization", foreign))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"));
		}
		this.mvc
			.perform(put("/api/tenants/650000/agencies/650100-gov").header("Authorization", foreign)
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(agency(null, "乌鲁木齐市人民政府", "prefecture", "government", "650100", null)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/tenants/650000/agencies/import").header("Authorization", foreign)
				.contentType("text/csv")
				.content("名称,层级,类型,区划代码\n某局,地级,部门,650100\n"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReporterReadsItsProvincesRegistryButCannotChangeIt() throws Exception {
		register("630000", agency("630100-gov", "西宁市人民政府", "prefecture", "government", "630100", null))
			.andExpect(status().isCreated());
		String reporter = bearer(tokens.reporter("630000", "630100-gov"));
		for (String path : new String[] { "", "/630100-gov", "/search?q=西宁市政府", "/expected?year=2020",
				"/export?format=xlsx" }) {
			this.mvc.perform(get("/api/tenants/630000/agencies" + path).header("Authorization", reporter))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(put("/api/tenants/630000/agencies/630100-gov").header("Authorization", reporter)
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(agency(null, "西宁市政府", "prefecture", "government", "630100", null)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/tenants/630000/agencies/630100-gov/deactivation").header("Authorization", reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"abolishedYear\":2020}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/tenants/630000/agencies/import?dryRun=false").header("Authorization", reporter)
				.contentType("text/csv")
				.content("名称,层级,类型,区划代码\n西宁市某局,地级,部门,630100\n"))
			.andExpect(status().isForbidden());
		read("630000", "630100-gov").andExpect(jsonPath("$.name").value("西宁市人民政府"))
			.andExpect(jsonPath("$.active").value(true));
		this.mvc
			.perform(get("/api/tenants/630000/agencies/search?q=西宁").header("Authorization", bearer(tokens.analyst())))
			.andExpect(status().isForbidden());
	}

	private ResultActions read(String province, String id) throws Exception {
		return this.mvc.perform(get("/api/tenants/" + province + "/agencies/" + id).header("Authorization",
				bearer(tokens.coordinator(province))));
	}

	private ResultActions edit(String province, String id, String ifMatch, String json) throws Exception {
		var request = put("/api/tenants/" + province + "/agencies/" + id)
			.header("Authorization", bearer(tokens.coordinator(province)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return this.mvc.perform(request);
	}

	private ResultActions deactivate(String province, String id, String json) throws Exception {
		return this.mvc.perform(post("/api/tenants/" + province + "/agencies/" + id + "/deactivation")
			.header("Authorization", bearer(tokens.coordinator(province)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions expected(String province, int year) throws Exception {
		return this.mvc
			.perform(get("/api/tenants/" + province + "/agencies/expected?year=" + year).header("Authorization",
					bearer(tokens.coordinator(province))))
			.andExpect(status().isOk());
	}

	static String agency(String id, String name, String level, String kind, String region, String parent) {
		return agency(id, name, level, kind, region, parent, null);
	}

	static String agency(String id, String name, String level, String kind, String region, String parent,
			Integer createdYear) {
		return """
				{%s"name":"%s","level":"%s","kind":"%s","regionCode":"%s",%s%s"scope":"own"}
				""".formatted((id != null) ? "\"id\":\"" + id + "\"," : "", name, level, kind, region,
				(parent != null) ? "\"parentId\":\"" + parent + "\"," : "",
				(createdYear != null) ? "\"createdYear\":" + createdYear + "," : "");
	}

}
