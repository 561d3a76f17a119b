package io.gongkai.tenant.province;

import java.time.Year;

import com.mongodb.client.MongoDatabase;
import io.gongkai.tenant.TenantServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The provinces' resident population: the census figures every signed-in user reads, and
 * the platform admin's replacements.
 */
class ProvincePopulationApiTest extends TenantServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProvincePopulations populations;

	@Autowired
	MongoDatabase registryDatabase;

	@BeforeEach
	void onlyTheCensusFigures() {
		this.registryDatabase.getCollection("province_populations").deleteMany(new Document());
	}

	@Test
	void everyProvinceCarriesItsCensusPopulationExceptTheCorpsWhichHasNone() throws Exception {
		this.mvc.perform(get("/api/tenants").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '440000')].population.residents", hasItem(126012510)))
			.andExpect(jsonPath("$[?(@.code == '440000')].population.year", hasItem(2020)))
			.andExpect(jsonPath("$[?(@.code == '440000')].population.source", hasItem("第七次全国人口普查公报（第三号）")));
		this.mvc.perform(get("/api/tenants/660000").header("Authorization", "Bearer " + tokens.reporter("660000", "x")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("新疆生产建设兵团"))
			.andExpect(jsonPath("$.population").doesNotExist());
	}

	@Test
	void theCensusFiguresAddUpToTheCommuniquesTotalOfTheThirtyOneProvinces() {
		// 1,411,778,724 in all, of which 2,000,000 active servicemen counted in no
		// province
		assertThat(this.populations.all()).hasSize(31).doesNotContainKey("660000");
		assertThat(this.populations.all().values().stream().mapToLong(Population::residents).sum())
			.isEqualTo(1_409_778_724L);
		assertThat(this.populations.all().get("540000")).isEqualTo(new Population(3_648_100, 2020, "第七次全国人口普查公报（第三号）"));
	}

	@Test
	void theAdminSetsThePopulationOfTheCorpsAndEveryoneThenSeesIt() throws Exception {
		setPopulation(tokens.admin(), "660000", "{\"residents\":3249400,\"year\":2020,\"source\":\"兵团统计年鉴2021\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("660000"))
			.andExpect(jsonPath("$.population.residents").value(3249400));
		this.mvc.perform(get("/api/tenants").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(jsonPath("$[?(@.code == '660000')].population.source", hasItem("兵团统计年鉴2021")));
	}

	@Test
	void aFigureTheAdminSetsReplacesTheCensusFigure() throws Exception {
		setPopulation(tokens.admin(), "210000", "{\"residents\":41970000,\"year\":2023,\"source\":\"辽宁统计年鉴\"}")
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/210000").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(jsonPath("$.population.residents").value(41970000))
			.andExpect(jsonPath("$.population.year").value(2023))
			.andExpect(jsonPath("$.population.source").value("辽宁统计年鉴"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"residents\":0,\"year\":2020,\"source\":\"普查\"}",
			"{\"residents\":-5,\"year\":2020,\"source\":\"普查\"}", "{\"year\":2020,\"source\":\"普查\"}",
			"{\"residents\":1000,\"source\":\"普查\"}", "{\"residents\":1000,\"year\":2020,\"source\":\" \"}" })
	void aPopulationThatIsNotAPositiveNumberWithYearAndSourceIsRefusedWithTheFieldToFix(String body) throws Exception {
		setPopulation(tokens.admin(), "620000", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").exists());
		this.mvc.perform(get("/api/tenants/620000").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(jsonPath("$.population.residents").value(25019831));
	}

	@Test
	void aPopulationThatIsNotAWholeNumberIsRefused() throws Exception {
		setPopulation(tokens.admin(), "620000", "{\"residents\":12.5,\"year\":2020,\"source\":\"普查\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("residents"));
		setPopulation(tokens.admin(), "620000", "{\"residents\":\"many\",\"year\":2020,\"source\":\"普查\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/malformed-body"));
	}

	@Test
	void aYearBefore2000OrAfterThisYearIsRefused() throws Exception {
		int next = Year.now().getValue() + 1;
		for (int year : new int[] { 1999, next }) {
			setPopulation(tokens.admin(), "630000", "{\"residents\":5923957,\"year\":" + year + ",\"source\":\"普查\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("year"));
		}
		setPopulation(tokens.admin(), "630000", "{\"residents\":5923957,\"year\":2000,\"source\":\"普查\"}")
			.andExpect(status().isOk());
	}

	@Test
	void onlyThePlatformAdminSetsAPopulationAndOnlyOfAProvinceServed() throws Exception {
		String body = "{\"residents\":1000,\"year\":2020,\"source\":\"普查\"}";
		setPopulation(tokens.coordinator("370000"), "370000", body).andExpect(status().isForbidden());
		setPopulation(tokens.analyst(), "370000", body).andExpect(status().isForbidden());
		setPopulation(tokens.admin(), "710000", body).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tenants/370000").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(jsonPath("$.population.residents").value(101527453));
	}

	private ResultActions setPopulation(String token, String code, String body) throws Exception {
		return this.mvc.perform(put("/api/tenants/" + code + "/population").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
