package org.vinculos;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "vinculos.security.accounts=admin:ADMIN:{noop}admin-secret")
class WebConsoleIT {

	@LocalServerPort
	int port;

	@Test
	void graphiqlIsServedWithEveryAssetFromThisServer() {
		RestClient http = RestClient.create("http://127.0.0.1:" + this.port);
		String page = http.get().uri("/graphiql").retrieve().body(String.class);

		assertThat(page).contains("GraphiQL").doesNotContainPattern("(src|href)=\"https?://");
		var assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
		int checked = 0;
		while (assets.find()) {
			var asset = http.get().uri(assets.group(1)).retrieve().toEntity(byte[].class);
			assertThat(asset.getStatusCode().is2xxSuccessful()).as(assets.group(1)).isTrue();
			assertThat(asset.getBody()).as(assets.group(1)).isNotEmpty();
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(5);
	}

	@Test
	void healthSaysUpToAnyoneAndShowsTheDatabaseOnlyToAnAdmin() {
		String anonymous = RestClient.create("http://127.0.0.1:" + this.port)
			.get().uri("/actuator/health").retrieve().body(String.class);
		String admin = RestClient.builder().baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", "admin-secret")).build()
			.get().uri("/actuator/health").retrieve().body(String.class);

		assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("neo4j");
		assertThat(admin).contains("\"neo4j\"").contains("\"status\":\"UP\"");
	}

}
