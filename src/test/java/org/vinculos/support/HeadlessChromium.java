package org.vinculos.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A browser for each test ({@code @RegisterExtension}): Debian's chromium, headless and kept off the network this
 * machine does not have, driven by its chromium-driver (both installed by .ci/run). Where they are missing, the test is
 * skipped.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private WebDriver browser;

	/** The running test's browser. */
	public WebDriver browser() {
		return this.browser;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1400,900",
					"--user-data-dir=" + SharedTestDatabase.temporaryDirectory("vinculos-chromium"));
		// The page's console, for tests that check it stays free of errors.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.quit();
			this.browser = null;
		}
	}

}
