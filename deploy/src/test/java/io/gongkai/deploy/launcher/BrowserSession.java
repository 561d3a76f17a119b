package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: headless Debian Chromium driven by Selenium, with its own profile
 * (so its own session), signed in through the gateway's Keycloak login. Finds elements by
 * their {@code data-test} names, keeps a screenshot of each step under
 * {@code target/browser-screenshots/} and receives downloads in a folder of its own.
 */
final class BrowserSession implements AutoCloseable {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final int SIGN_IN_ATTEMPTS = 3;

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static int screenshotNumber;

	static {
		// each run keeps only its own screenshots
		try (Stream<Path> old = Files.exists(SCREENSHOTS) ? Files.list(SCREENSHOTS) : Stream.empty()) {
			old.forEach((file) -> file.toFile().delete());
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private final String gateway;

	private final String who;

	private final Path profile;

	private final Path downloads;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	/** What Keycloak's sign-in page said, when this session signed in through it. */
	private String signInPageText = "";

	/** What Keycloak's page asking for a new password said, when it was shown. */
	private String newPasswordPageText = "";

	private BrowserSession(String gateway, String who) throws IOException {
		this.gateway = gateway;
		this.who = who;
		this.profile = Files.createTempDirectory("gongkai-browser-profile");
		this.downloads = Files.createDirectories(Path.of("target", "browser-downloads", who));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(DebianChromium.BROWSER.toFile());
		// the flags that keep Chromium from reaching out to the network at start-up
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
				"--user-data-dir=" + this.profile.toAbsolutePath());
		Map<String, Object> preferences = new HashMap<>();
		preferences.put("download.default_directory", this.downloads.toAbsolutePath().toString());
		preferences.put("download.prompt_for_download", false);
		// what a browser set to Chinese asks for; headless Chromium asks for en-US
		// whatever
		// --lang says, and Keycloak answers a browser asking for English in English
		preferences.put("intl.accept_languages", "zh-CN,zh");
		options.setExperimentalOption("prefs", preferences);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(DebianChromium.DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(PATIENCE);
		this.wait = new WebDriverWait(this.driver, PATIENCE);
	}

	/**
	 * Opens the pages and signs in on Keycloak's form. With a temporary password, sets
	 * the new one Keycloak asks for, as a person does at their first sign-in.
	 */
	static BrowserSession signIn(String gateway, String username, String password, String newPassword)
			throws IOException {
		DebianChromium.ensureInstalled();
		BrowserSession browser = new BrowserSession(gateway, username);
		try {
			browser.signInOnKeycloak(username, password, newPassword);
		}
		catch (RuntimeException exception) {
			browser.close();
			throw exception;
		}
		return browser;
	}

	/** A browser of someone who never signs in: for the public pages. */
	static BrowserSession anonymous(String gateway) throws IOException {
		DebianChromium.ensureInstalled();
		return new BrowserSession(gateway, "anonymous");
	}

	/**
	 * Signs in, once more if the browser got stuck on the way (seldom, the sign-in's
	 * redirects never finish loading): a page that does not load within the page load
	 * time-out is given up and the pages opened again.
	 */
	private void signInOnKeycloak(String username, String password, String newPassword) {
		for (int attempt = 1;; attempt++) {
			try {
				this.driver.get(this.gateway + "/");
				this.wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("username")),
						ExpectedConditions.visibilityOfElementLocated(byName("signed-in-user"))));
				if (this.driver.findElements(byName("signed-in-user")).isEmpty()) {
					this.signInPageText = pageText();
					screenshot("sign-in");
					this.driver.findElement(By.id("username")).sendKeys(username);
					this.driver.findElement(By.id("password")).sendKeys(password);
					this.driver.findElement(By.id("kc-login")).click();
					if (newPassword != null) {
						WebElement chosen = this.wait
							.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
						this.newPasswordPageText = pageText();
						screenshot("new-password");
						chosen.sendKeys(newPassword);
						this.driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
						this.driver.findElement(By.cssSelector("[type=submit]")).click();
					}
				}
				find("signed-in-user");
				return;
			}
			catch (TimeoutException exception) {
				if (attempt == SIGN_IN_ATTEMPTS) {
					throw exception;
				}
			}
		}
	}

	/**
	 * Opens a page of the web app as a person typing its address would:
	 * {@code open("/agency")} for {@code #/agency}.
	 */
	void open(String hashPath) {
		this.driver.get(this.gateway + "/#" + hashPath);
		find("signed-in-user");
	}

	/**
	 * Opens an address of the gateway as a person typing it would, without expecting a
	 * signed-in page: {@code openAddress("/public/index.html#/")}.
	 */
	void openAddress(String path) {
		this.driver.get(this.gateway + path);
	}

	/** Loads the page again, as a person pressing F5 would. */
	void reload() {
		this.driver.navigate().refresh();
		find("signed-in-user");
	}

	/** The visible element with this {@code data-test} name, waiting for it to appear. */
	WebElement find(String name) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(byName(name)));
	}

	/** Every element with this {@code data-test} name, as they are now. */
	List<WebElement> findAll(String name) {
		return this.driver.findElements(byName(name));
	}

	/**
	 * Every element whose {@code data-test} name starts with this prefix, as they are
	 * now.
	 */
	List<WebElement> findAllStartingWith(String prefix) {
		return this.driver.findElements(By.cssSelector("[data-test^=\"" + prefix + "\"]"));
	}

	/** Clicks the element with this {@code data-test} name once it can be clicked. */
	void click(String name) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(byName(name)));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** Replaces the text of an input or text area. */
	void type(String name, String text) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(byName(name)));
		element.clear();
		element.sendKeys(text);
	}

	/** Waits until the element with this {@code data-test} name shows the text. */
	void waitForText(String name, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(byName(name), text));
	}

	/** Waits until the first report state badge on the page is in the given state. */
	void waitForState(String state) {
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state=\"" + state + "\"]")));
	}

	/** Runs a script in the page and returns what it returns. */
	Object run(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/**
	 * Runs a script in the page that answers later: it calls its last argument with the
	 * answer, which this returns.
	 */
	Object runAsync(String script, Object... arguments) {
		this.driver.manage().timeouts().scriptTimeout(PATIENCE);
		return this.driver.executeAsyncScript(script, arguments);
	}

	/**
	 * Waits until the page has shown what it loads: no loading line left, and the text
	 * unchanged for a moment.
	 */
	void waitUntilLoaded() {
		String[] last = { "" };
		new WebDriverWait(this.driver, PATIENCE, Duration.ofMillis(700)).until((driver) -> {
			if (!driver.findElements(By.cssSelector(".loading")).isEmpty()) {
				return false;
			}
			String now = driver.findElement(By.tagName("body")).getText();
			boolean settled = now.equals(last[0]);
			last[0] = now;
			return settled;
		});
	}

	/** The address in the address bar, with its {@code #/...} part. */
	String currentAddress() {
		return this.driver.getCurrentUrl();
	}

	/** The text of Keycloak's sign-in page as this session saw it. */
	String signInPageText() {
		return this.signInPageText;
	}

	/** The text of Keycloak's page asking for a new password, if it was shown. */
	String newPasswordPageText() {
		return this.newPasswordPageText;
	}

	/** The whole text of the page as shown. */
	String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Keeps a screenshot of the page as it is now, numbered in the order of the steps.
	 */
	void screenshot(String step) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			String name = String.format("%02d-%s-%s.png", nextScreenshotNumber(), this.who, step);
			Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static synchronized int nextScreenshotNumber() {
		return ++screenshotNumber;
	}

	/** Waits for a finished download whose name ends with the suffix, and returns it. */
	Path downloaded(String suffix) {
		return this.wait.until((driver) -> {
			try (Stream<Path> files = Files.list(this.downloads)) {
				return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		});
	}

	private static By byName(String name) {
		return By.cssSelector("[data-test=\"" + name + "\"]");
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		RunningPlatform.deleteRecursively(this.profile);
	}

}
