package dev.pointe.service.demo;

import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo storefront in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run
 * installs): open the shop, click a pair of ballet flats, see a look of at least three other categories
 * with reasons, add to the cart and see the cart's look change. Screenshot in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its Redis (and catalogue) stop after the class: close the service rather than leave it reconnecting
class StorefrontBrowserTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();

    static {
        StoreFixtures.publish(REDIS, StoreFixtures.seeds(2), 1_800_000_000L);
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.start(1280, 1600);
        browser = chromium.driver;
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) chromium.close();
    }

    @Test
    void balletFlatsGetALookAndTheCartLookChanges() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the page re-renders lists as answers arrive
        browser.get("http://127.0.0.1:" + environment.getProperty("local.server.port") + "/demo");
        WebElement flats = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@data-category='shoes']//button[contains(@aria-label, 'Ballet Flats')]")));
        flats.click();

        wait.until(d -> d.findElements(By.cssSelector("#look li.card")).size() >= 6);
        List<WebElement> look = browser.findElements(By.cssSelector("#look li.card"));
        Set<String> categories = look.stream().map(li -> li.getAttribute("data-category")).collect(Collectors.toSet());
        assertThat(categories).doesNotContain("shoes").hasSizeGreaterThanOrEqualTo(3);
        assertThat(look).allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".reason")).getText()).isNotBlank());
        assertThat(browser.findElements(By.cssSelector("#similar li.card"))).isNotEmpty()
                .allSatisfy(li -> assertThat(li.getAttribute("data-category")).isEqualTo("shoes"));
        assertThat(browser.findElement(By.id("model-version")).getText()).matches("[0-9a-f]{16}.*");

        browser.findElement(By.id("add-to-cart")).click();
        wait.until(d -> d.findElements(By.cssSelector("#cart-look li.card")).size() > 0);
        List<String> firstCartLook = skus("#cart-look li.card");

        // a second item from the look goes into the cart: the cart's look must change
        browser.findElement(By.cssSelector("#look li.card button.open")).click();
        wait.until(d -> !d.findElement(By.id("product-title")).getText().contains("Ballet Flats"));
        browser.findElement(By.id("add-to-cart")).click();
        wait.until(d -> !skus("#cart-look li.card").equals(firstCartLook) && !skus("#cart-look li.card").isEmpty());
        assertThat(browser.findElements(By.cssSelector("#cart-items li"))).hasSize(2);

        // the storefront closes the loop by itself: what it showed, what was clicked and bought, attributed
        browser.findElement(By.id("checkout")).click();
        wait.until(d -> d.findElement(By.id("cart-empty")).getText().startsWith("Thank you"));
        String version = REDIS.redis().get(dev.pointe.format.ModelKeys.DEFAULT.active());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            java.util.Map<String, String> counted = REDIS.redis().hgetall(dev.pointe.format.ModelKeys.DEFAULT.onlineMetrics(version, "none"));
            assertThat(Long.parseLong(counted.getOrDefault("impressions", "0"))).isGreaterThanOrEqualTo(8);
            assertThat(counted).containsEntry("clicks", "1").containsEntry("purchases", "1").containsKey("revenue_cents");
        });

        Path screenshots = Path.of("target/screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("storefront.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(screenshots.resolve("storefront.png")).isNotEmptyFile();
    }

    /** The skus of the cards, read in one script call so that a re-render cannot pull a card away mid-read. */
    @SuppressWarnings("unchecked")
    private List<String> skus(String selector) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(li => li.dataset.sku);", selector);
    }
}
