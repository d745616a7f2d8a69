package org.vinculos.graphql;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vinculos.support.HeadlessChromium;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a real headless browser, on a machine without internet access: it renders and runs a query.
 * Needs Debian's chromium and chromium-driver, which .ci/run installs.
 */
@IntegrationTest
class GraphiqlBrowserIT {

	@LocalServerPort
	int port;

	@RegisterExtension
	final HeadlessChromium chromium = new HeadlessChromium();

	@Test
	void graphiqlRendersAndRunsItsDefaultQueryAgainstThisServer() {
		this.chromium.browser().get("http://127.0.0.1:" + this.port + "/graphiql");
		var wait = new WebDriverWait(this.chromium.browser(), Duration.ofSeconds(30));

		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-response"), "neo4jVersion"));

		String response = this.chromium.browser().findElement(By.cssSelector(".graphiql-response")).getText();
		assertThat(response).contains("\"database\"").contains("\"counts\"").doesNotContain("\"errors\"");
	}

}
