package dev.pointe.service.demo;

import dev.pointe.training.cli.PointeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's HTML evaluation report, rendered by headless Chromium: every chart is drawn. */
class EvaluationReportBrowserTest {

    private static final Path SEEDS = Path.of(System.getProperty("pointe.repo.root", "..")).resolve("seeds");

    @Test
    void theReportDrawsItsCharts(@TempDir Path reports) throws Exception {
        assertThat(PointeCli.run("evaluate", "--data", SEEDS.toString(), "--report", "html", "--split", "random,temporal",
                "--protocol", "cross-category",
                "--report-dir", reports.toString(), "--no-progress")).isZero();
        Path html = reports.resolve("evaluation.html");
        assertThat(Files.readString(html)).doesNotContain("<script").doesNotContainPattern("(src|href)=\"https?://"); // offline
        try (HeadlessChromium chromium = HeadlessChromium.start(1150, 2600)) {
            chromium.driver.get(html.toUri().toString());
            List<WebElement> charts = chromium.driver.findElements(By.cssSelector("figure.chart"));
            assertThat(charts).hasSize(2 * 3 + 1); // HR, NDCG, coverage per split + the heat map
            for (WebElement chart : charts) {
                WebElement svg = chart.findElement(By.tagName("svg"));
                assertThat(svg.getRect().getWidth()).as(chart.getAttribute("data-chart")).isGreaterThan(100);
                List<WebElement> series = svg.findElements(By.cssSelector(".series"));
                assertThat(series).as(chart.getAttribute("data-chart")).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.getRect().getWidth() + s.getRect().getHeight()).isPositive());
            }
            assertThat(chromium.driver.findElements(By.cssSelector("figure[data-chart=hr] polyline"))).hasSize(2 * 6); // 6 methods, 2 splits
            assertThat(chromium.driver.findElements(By.cssSelector("figure[data-chart=heatmap] rect"))).hasSize(10 * 10);
            assertThat(chromium.driver.findElements(By.cssSelector(".look"))).isNotEmpty();
            Path screenshots = Path.of("target/screenshots");
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve("evaluation-report.png"), chromium.driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
