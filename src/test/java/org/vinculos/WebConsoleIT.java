package org.vinculos;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
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
	void healthIncludesTheDatabase() {
		String health = RestClient.create("http://127.0.0.1:" + this.port)
			.get().uri("/actuator/health").retrieve().body(String.class);

		assertThat(health).contains("\"neo4j\"").contains("\"status\":\"UP\"");
	}

}
