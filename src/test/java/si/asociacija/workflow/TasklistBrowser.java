package si.asociacija.workflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda's web apps in a real browser (Debian's Chromium and ChromeDriver, installed by .ci/run): log in,
 * open a task, click, read and fill form fields, keep a screenshot and the page for a failure report.
 * A test that opens one is skipped where Chromium is not installed.
 */
public final class TasklistBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private TasklistBrowser(WebDriver driver, String base) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = base;
    }

    /** A headless Chromium for the application on {@code port}; skips the test when Chromium is not installed. */
    public static TasklistBrowser open(int port) {
        return open(port, "en");
    }

    /** The same with the browser's language, e.g. {@code sl}. */
    public static TasklistBrowser open(int port, String language) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=" + language, "--accept-lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // the office's time zone, as its people's browsers have it
        ChromeDriverService service = new ChromeDriverService.Builder().withEnvironment(Map.of("TZ", "Europe/Ljubljana"))
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new TasklistBrowser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public String base() {
        return base;
    }

    /** Logs {@code user} (password {@code demo}) in to one of Camunda's web apps, e.g. {@code tasklist}. */
    public void logIn(String app, String user) {
        driver.get(base + "/camunda/app/" + app + "/default/");
        logInHere(user);
    }

    /** Logs {@code user} (password {@code demo}) in on the login page that the browser shows. */
    public void logInHere(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
        driver.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        click(By.cssSelector("button[type='submit']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
    }

    public void logIn(String user) {
        logIn("tasklist", user);
    }

    public void logOut() {
        driver.manage().deleteAllCookies();
    }

    public void openTask(String taskId) {
        driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    /** Starts a process from Tasklist's Start process dialog; its start form opens. */
    public void startProcess(String processName) {
        click(By.xpath("//a[contains(., 'Start process')]"));
        By process = By.xpath("//a[contains(., '" + processName + "')]");
        click(process);
        // a click while the dialog is still fading in can be lost: click again while the list is still shown
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(8)).until(d -> !d.findElements(By.cssSelector("[id*='Field_']")).isEmpty());
                return;
            } catch (TimeoutException stillTheList) {
                driver.findElements(process).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            }
        }
    }

    public void click(By locator) {
        try {
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        } catch (RuntimeException e) {
            screenshot("failed");
            throw e;
        }
    }

    /** Whether an element that {@code locator} finds is shown. */
    public boolean shows(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The value of the Camunda Form field with this component id, or "" while it is not shown. */
    public String fieldValue(String componentId) {
        return driver.findElements(By.cssSelector("[id$='" + componentId + "']")).stream()
                .map(e -> e.getDomProperty("value")).filter(Objects::nonNull).findFirst().orElse("");
    }

    /** Replaces the text of the Camunda Form field ({@code input} or {@code textarea}) with this component id. */
    public void type(String element, String componentId, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(element + "[id$='" + componentId + "']")));
        field.clear();
        field.sendKeys(text);
    }

    /** Opens the list of the Camunda Form select with this component id; the labels it offers. */
    public List<String> openSelect(String componentId) {
        By entries = By.cssSelector(".fjs-dropdownlist-item");
        click(By.cssSelector("[id$='" + componentId + "-display']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(entries));
        return driver.findElements(entries).stream().map(WebElement::getText).toList();
    }

    /** Picks the entry with this label in the open list of a Camunda Form select. */
    public void pick(String label) {
        click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
    }

    /** Waits until a notification (such as a refused form) shows {@code text}. */
    public void awaitNotification(String text, String screenshot) {
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[contains(@class, 'notification')][contains(., '" + text + "')]")));
        } finally {
            screenshot(screenshot);
        }
    }

    /** Waits until {@code done} holds, with a screenshot if it never does. */
    public void awaitUntil(BooleanSupplier done, String screenshot) {
        try {
            wait.until(d -> done.getAsBoolean());
        } catch (RuntimeException e) {
            screenshot(screenshot);
            throw e;
        }
    }

    /** Keeps a screenshot and the page in {@code target/tasklist}. */
    public void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Path.of("target/tasklist"));
            Files.copy(shot.toPath(), Path.of("target/tasklist/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(Path.of("target/tasklist/" + name + ".html"), driver.getPageSource());
        } catch (Exception ignored) {
            // best effort, for the failure report
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
