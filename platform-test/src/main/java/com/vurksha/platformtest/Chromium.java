package com.vurksha.platformtest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its ChromeDriver, on a fresh profile. It keeps every message the pages
 * write to the browser's console at level SEVERE (JavaScript errors, refused scripts, CSP violations, failed loads)
 * so a test can fail on them, and it saves a screenshot of a page as {@code docs/console/<name>.png} in the
 * repository when the property {@value #SCREENSHOTS} is {@code true} (how the committed screenshots are made).
 *
 * <p>Needs {@code selenium-java} on the test class path: this module declares it optional, so a module that drives
 * the browser declares it itself.
 */
public final class Chromium implements AutoCloseable {

	/** The system property that asks for screenshots. */
	public static final String SCREENSHOTS = "vurksha.screenshots";

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private final List<String> consoleErrors = new ArrayList<>();

	private Chromium(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	/** Whether this machine has Chromium and its driver (the tests that need them are skipped without). */
	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** A new browser with a tablet-sized window, for pages under {@code baseUrl}. */
	public static Chromium open(String baseUrl) throws IOException {
		Path profile = Files.createTempDirectory("vurksha-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1180,900", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(PATIENCE);
		return new Chromium(driver, profile, baseUrl);
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Loads a page of the site, e.g. {@code /admin/orders}. */
	public void go(String path) {
		driver.get(baseUrl + path);
		collectConsole();
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void click(By by) {
		new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(by)).click();
		collectConsole();
	}

	public void type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
	}

	/** Waits until the page shows the text somewhere in its body. */
	public void waitForText(String text) {
		new WebDriverWait(driver, PATIENCE)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
		collectConsole();
	}

	public String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** Every SEVERE message the browser's console showed so far. */
	public List<String> consoleErrors() {
		collectConsole();
		return List.copyOf(consoleErrors);
	}

	/** Saves the current page as {@code docs/console/<name>.png} when screenshots are asked for. */
	public void screenshot(String name) throws IOException {
		if (!Boolean.getBoolean(SCREENSHOTS)) {
			return;
		}
		Path folder = Files.createDirectories(screenshotFolder(Path.of("").toAbsolutePath()));
		Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * The repository's {@code docs/console}: the nearest folder above {@code from} (a module's working directory,
	 * however deep) that holds the build's {@code .mvn} folder is the repository.
	 */
	static Path screenshotFolder(Path from) {
		for (Path dir = from.normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(".mvn"))) {
				return dir.resolve("docs").resolve("console");
			}
		}
		throw new IllegalStateException("No repository (a folder with .mvn) above " + from);
	}

	private void collectConsole() {
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				consoleErrors.add(entry.getMessage());
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
