package org.vinculos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vinculos.support.FreshApplication;
import org.vinculos.support.HeadlessChromium;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The explorer in headless chromium: what the page's own code and libraries weigh on the wire, and how long Mexico
 * City's neighbourhood takes to be drawn and laid out after its search result is chosen, at depth 1 and 2 (the page
 * times it itself, from the choice to the first frame after the layout). Run with {@code ./mvnw -Pbench verify
 * -Dtest=ExplorerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class ExplorerBenchmark {

	private static final int RUNS = 15;

	private static final Path DRAWINGS = Path.of("target/explorer");

	@RegisterExtension
	final HeadlessChromium chromium = new HeadlessChromium();

	@Test
	void weightOfThePageAndTimeToDrawMexicoCity() throws IOException {
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-bench-explorer")) {
			WebDriver browser = this.chromium.browser();
			JavascriptExecutor js = (JavascriptExecutor) browser;
			browser.get("http://127.0.0.1:" + FreshApplication.port(context) + "/");
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.id("search")));
			@SuppressWarnings("unchecked")
			Map<String, Number> weight = (Map<String, Number>) js.executeScript("""
					const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
					  .filter(e => !e.name.endsWith('/graphql'));
					return { files: entries.length, transferred: entries.reduce((s, e) => s + e.transferSize, 0),
					         decoded: entries.reduce((s, e) => s + e.decodedBodySize, 0) };""");
			System.out.printf("Explorer benchmark, %s, %d cores, %s%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), ((HasCapabilities) browser)
						.getCapabilities().getBrowserVersion());
			System.out.printf("page: %d files, %,d bytes transferred, %,d bytes decoded%n", weight.get("files").intValue(),
					weight.get("transferred").longValue(), weight.get("decoded").longValue());
			for (String depth : List.of("1", "2")) {
				js.executeScript("window.explorer.state.lastDraw = null");
				new Select(browser.findElement(By.id("depth"))).selectByValue(depth);
				// Changing the depth redraws what is drawn; that drawing ends before the runs start.
				new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) js.executeScript(
						"return window.explorer.state.centre === null || window.explorer.state.lastDraw !== null"));
				List<Double> times = new ArrayList<>();
				long nodes = 0;
				long edges = 0;
				for (int run = 0; run < RUNS + 3; run++) {
					js.executeScript("window.explorer.state.lastDraw = null");
					choose(browser, "Ciudad de México", "inegi:09");
					@SuppressWarnings("unchecked")
					Map<String, Number> draw = (Map<String, Number>) new WebDriverWait(browser, Duration.ofSeconds(60))
						.until(d -> js.executeScript("return window.explorer.state.lastDraw"));
					if (run >= 3) {
						times.add(draw.get("ms").doubleValue());
					}
					nodes = draw.get("nodes").longValue();
					edges = draw.get("edges").longValue();
				}
				times.sort(null);
				System.out.printf("Mexico City at depth %s: %d nodes, %d edges; chosen to drawn p50 %.0f ms, p95 %.0f ms, "
						+ "max %.0f ms over %d runs after 3 warm-up%n", depth, nodes, edges, times.get(times.size() / 2),
						times.get((int) Math.ceil(times.size() * 0.95) - 1), times.getLast(), times.size());
				Files.createDirectories(DRAWINGS);
				Files.write(DRAWINGS.resolve("mexico-city-depth-" + depth + ".png"),
						((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			}
		}
	}

	private static void choose(WebDriver browser, String name, String id) {
		var search = browser.findElement(By.id("search"));
		search.clear();
		search.sendKeys(name);
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions li[data-id='" + id + "']")))
			.click();
	}

}
