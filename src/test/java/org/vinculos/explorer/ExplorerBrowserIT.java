package org.vinculos.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vinculos.support.HeadlessChromium;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser (Debian's chromium, headless): searching, drawing, expanding, the mirror and partner
 * panels, and the language switch. Screenshots go to {@code target/explorer/} for a person to look at.
 */
@IntegrationTest
class ExplorerBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target/explorer");

	@LocalServerPort
	int port;

	@RegisterExtension
	final HeadlessChromium chromium = new HeadlessChromium();

	@Test
	void searchingMonterreyDrawsItsWorldAndThePanelsExplainItsMirrorsAndPartners() throws IOException {
		WebDriver browser = open("es");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
		search.sendKeys("Monterrey");
		wait.until(d -> !d.findElements(By.cssSelector("#suggestions li[data-id='inegi:19039']")).isEmpty());
		search.sendKeys(Keys.ENTER);
		wait.until(d -> nodes(js) >= 10);
		long drawn = nodes(js);
		screenshot(browser, "1-monterrey.png");

		String partner = (String) js.executeScript(
				"return window.explorer.cy.getElementById('inegi:19039').neighborhood('node').first().id()");
		js.executeScript("window.explorer.cy.getElementById(arguments[0]).emit('dbltap')", partner);
		wait.until(d -> nodes(js) > drawn);

		browser.findElement(By.cssSelector("#legend button[data-relation='SISTER_CITY']")).click();
		assertThat((Long) js.executeScript("return window.explorer.cy.edges('[type = \"SISTER_CITY\"]').filter(':visible').length"))
			.isZero();
		browser.findElement(By.cssSelector("#legend button[data-relation='SISTER_CITY']")).click();
		assertThat((Long) js.executeScript("return window.explorer.cy.edges('[type = \"SISTER_CITY\"]').filter(':visible').length"))
			.isPositive();

		browser.findElement(By.id("tab-mirrors")).click();
		List<WebElement> mirrors = wait.until(d -> {
			List<WebElement> found = d.findElements(By.cssSelector("#mirrors .mirror"));
			return found.isEmpty() ? null : found;
		});
		assertThat(mirrors).hasSize(10);
		assertThat(mirrors.getFirst().getText()).contains("tamaño").contains("geografía").as("the server's sentences too")
			.contains(" frente a ").doesNotContain(" vs ");
		screenshot(browser, "2-mirrors.png");

		browser.findElement(By.id("tab-partners")).click();
		WebElement reason = wait.until(d -> d.findElements(By.cssSelector("#partners .reason[data-kind='PARTNER_OF_PARTNER']"))
			.stream().findFirst().orElse(null));
		assertThat(reason.getText()).contains(" de sus socios");
		reason.click();
		assertThat(reason.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat((Long) js.executeScript("return window.explorer.cy.nodes('.evidence').length")).isPositive();
		screenshot(browser, "3-partner-evidence.png");

		String spanish = browser.findElement(By.id("tab-partners")).getText();
		new Select(browser.findElement(By.id("language"))).selectByValue("en");
		assertThat(spanish).isEqualTo("Socios sugeridos");
		assertThat(browser.findElement(By.id("tab-partners")).getText()).isEqualTo("Suggested partners");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		wait.until(d -> d.findElements(By.cssSelector("#partners .reason")).stream()
			.anyMatch(r -> r.getText().startsWith("Partner of its partners") && r.getText().contains(": partner of ")));
		screenshot(browser, "4-english.png");

		@SuppressWarnings("unchecked")
		List<String> resources = (List<String>) js.executeScript(
				"return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://127.0.0.1:" + this.port + "/"));
		long pageBytes = (Long) js.executeScript("return [...performance.getEntriesByType('navigation'), "
				+ "...performance.getEntriesByType('resource')].filter(e => !e.name.endsWith('/graphql'))"
				+ ".reduce((sum, e) => sum + e.decodedBodySize, 0)");
		assertThat(pageBytes).as("the page's own code and libraries").isLessThan(1_500_000);
		List<LogEntry> errors = browser.manage().logs().get("browser").getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(errors).isEmpty();
	}

	@Test
	void theFiguresShowTheBooksAgreementsByStateAndByTerm() throws IOException {
		WebDriver browser = open("en");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-charts"))).click();
		wait.until(d -> d.findElements(By.cssSelector("#chart tbody tr")).size() >= 32);
		assertThat(browser.findElement(By.id("chart-total")).getText()).isEqualTo("1,350 agreements in all");
		screenshot(browser, "5-agreements-by-state.png");

		List<WebElement> index = wait.until(d -> {
			List<WebElement> rows = d.findElements(By.cssSelector("#index tbody tr"));
			return rows.size() > 10 ? rows : null;
		});
		assertThat(index.getFirst().getText()).startsWith("Ciudad de México").doesNotContain("null");
		browser.findElement(By.cssSelector("#index th[data-column='city']")).click();
		assertThat(browser.findElement(By.cssSelector("#index tbody tr")).getText()).startsWith("Acapulco");
		assertThat(browser.findElement(By.cssSelector("#index th[data-column='city']")).getAttribute("aria-sort"))
			.isEqualTo("ascending");

		WebElement more = browser.findElement(By.id("index-more"));
		assertThat(browser.findElement(By.id("index-count")).getText()).matches("100 of \\d{3} municipalities");
		more.click();
		wait.until(d -> d.findElements(By.cssSelector("#index tbody tr")).size() > 100);
		assertThat(browser.findElement(By.cssSelector("#index th[data-column='city']")).getAttribute("aria-sort"))
			.as("the sort kept").isEqualTo("ascending");
		assertThat(browser.findElement(By.cssSelector("#index tbody tr")).getText()).startsWith("Acámbaro");

		new Select(browser.findElement(By.id("group-by"))).selectByValue("PRESIDENTIAL_TERM");
		wait.until(d -> d.findElements(By.cssSelector("#chart tbody tr")).size() < 32);
		assertThat(browser.findElements(By.cssSelector("#chart tbody tr"))).isNotEmpty();
	}

	@Test
	void theYearFilterHidesWhatHappenedOutsideTheYearsAndTheExportsHoldExactlyWhatIsShown() throws IOException {
		WebDriver browser = open("en");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		draw(browser, "Ciudad de México", "inegi:09");
		String dated = "return window.explorer.cy.edges('[type = \"MEMBER_OF\"]').filter(e => e.data('properties').since != null"
				+ " || e.data('properties').observed != null).filter(':visible').length";
		String undated = "return window.explorer.cy.edges('[type = \"SISTER_CITY\"]').filter(':visible').length";
		long datedBefore = (Long) js.executeScript(dated);
		long undatedBefore = (Long) js.executeScript(undated);
		assertThat(datedBefore).isPositive();
		assertThat(undatedBefore).isPositive();

		browser.findElement(By.id("year-from")).sendKeys("2030");
		assertThat((Long) js.executeScript(dated)).isZero();
		assertThat((Long) js.executeScript(undated)).isEqualTo(undatedBefore);
		browser.findElement(By.id("undated")).click();
		assertThat((Long) js.executeScript(undated)).isZero();
		screenshot(browser, "6-years-filtered.png");

		js.executeScript("""
				window.exported = null;
				const original = window.fetch;
				window.fetch = async (url, options) => {
				  const response = await original(url, options);
				  if (url === '/export') { window.exported = await response.clone().text(); }
				  return response;
				};""");
		browser.findElement(By.id("export-cyjs")).click();
		String exported = wait.until(d -> (String) js.executeScript("return window.exported"));
		JsonNode elements = JsonMapper.builder().build().readTree(exported).get("elements");
		assertThat((long) elements.get("nodes").size()).isEqualTo((Long) js.executeScript(
				"return window.explorer.cy.nodes(':visible').length"));
		assertThat((long) elements.get("edges").size()).isEqualTo((Long) js.executeScript(
				"return window.explorer.cy.edges(':visible').length"));
		assertThat(elements.get("edges").valueStream().map(edge -> edge.get("data").get("type").asString()))
			.doesNotContain("SISTER_CITY");

		browser.findElement(By.id("year-from")).clear();
		browser.findElement(By.id("undated")).click();
		assertThat((Long) js.executeScript(dated)).isEqualTo(datedBefore);
	}

	@Test
	void aCitysInternationalProfileListsItsFactsWithSourcesAndPrintsOnItsOwn() throws IOException {
		WebDriver browser = open("en");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		draw(browser, "Guadalajara", "inegi:14039");

		browser.findElement(By.id("tab-profile")).click();
		WebElement profile = wait.until(d -> d.findElements(By.cssSelector("#profile .profile-part")).size() >= 8
				? d.findElement(By.id("profile")) : null);
		assertThat(profile.findElement(By.tagName("h2")).getText()).isEqualTo("International profile of Guadalajara");
		assertThat(part(profile, "profileSize")).contains("1,385,629 (2020) [inegi-municipios]");
		assertThat(part(profile, "profileEconomy")).contains("[inegi-pib-estatal]");
		assertThat(part(profile, "profileGeography")).contains("Cwa").contains("GDL");
		assertThat(part(profile, "profileNetworks")).contains("C40");
		assertThat(part(profile, "profileDiaspora")).contains("[undesa-2019]");
		assertThat(part(profile, "profilePartners")).contains("[wikipedia-twin-cities]");
		screenshot(browser, "7-profile.png");

		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.findElement(By.id("cy")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("tab-profile")).isDisplayed()).isFalse();
		assertThat(profile.isDisplayed()).isTrue();
		Object pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of()).get("data");
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("profile-guadalajara.pdf"), Base64.getDecoder().decode((String) pdf));
	}

	@Test
	void onAPhoneThePageFitsTheScreenAndStillSearchesAndDraws() throws IOException {
		WebDriver browser = this.chromium.browser();
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
		browser.get("http://127.0.0.1:" + this.port + "/");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		draw(browser, "Monterrey", "inegi:19039");

		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));
		WebElement cyBox = browser.findElement(By.id("cy"));
		assertThat(cyBox.getSize().getWidth()).isGreaterThan(300);
		for (String tab : List.of("tab-details", "tab-profile", "tab-mirrors", "tab-partners", "tab-charts")) {
			assertThat(browser.findElement(By.id(tab)).isDisplayed()).as(tab).isTrue();
		}
		screenshot(browser, "8-phone.png");
	}

	/** The part of the profile with the heading's key, as text. */
	private static String part(WebElement profile, String key) {
		return profile.findElement(By.cssSelector(".profile-part[data-part='" + key + "']")).getText();
	}

	/** Searches the name, chooses the suggestion with the id and waits for its neighbourhood to be drawn. */
	private static void draw(WebDriver browser, String name, String id) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("search"))).sendKeys(name);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions li[data-id='" + id + "']"))).click();
		wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"return window.explorer.state.lastDraw !== null && window.explorer.cy.nodes().length >= 10"));
	}

	/** The explorer, in the language given, as a person who chose it before would find it. */
	private WebDriver open(String language) {
		WebDriver browser = this.chromium.browser();
		browser.get("http://127.0.0.1:" + this.port + "/");
		((JavascriptExecutor) browser).executeScript("localStorage.setItem('vinculos.language', arguments[0])", language);
		browser.navigate().refresh();
		return browser;
	}

	private static long nodes(JavascriptExecutor js) {
		return (Long) js.executeScript("return window.explorer ? window.explorer.cy.nodes().length : 0");
	}

	private static void screenshot(WebDriver browser, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
