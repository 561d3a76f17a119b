package io.gongkai.tenant.agency;

import java.nio.charset.StandardCharsets;

import io.gongkai.tenant.TenantServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registry's API against the embedded store and real signed tokens. Every test class
 * extending it shares one application context and one store; each test works in a
 * province of its own.
 */
public abstract class RegistryApiTestSupport extends TenantServiceTest {

	@Autowired
	protected MockMvc mvc;

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	protected ResultActions register(String province, String json) throws Exception {
		return this.mvc.perform(post("/api/tenants/" + province + "/agencies")
			.header("Authorization", bearer(tokens.coordinator(province)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	protected ResultActions list(String province, String query) throws Exception {
		return this.mvc.perform(get("/api/tenants/" + province + "/agencies?" + query).header("Authorization",
				bearer(tokens.coordinator(province))));
	}

	protected ResultActions importFile(String province, String query, String filename, byte[] content)
			throws Exception {
		return importFile(province, query, filename, content, "en");
	}

	/** The import as a coordinator whose browser asks for the given language. */
	protected ResultActions importFile(String province, String query, String filename, byte[] content, String language)
			throws Exception {
		return this.mvc.perform(multipart("/api/tenants/" + province + "/agencies/import?" + query)
			.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
			.header("Authorization", bearer(tokens.coordinator(province)))
			.header("Accept-Language", language));
	}

	protected ResultActions importCsv(String province, String query, String csv) throws Exception {
		return importFile(province, query, "agencies.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

}
