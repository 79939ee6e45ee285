package org.factcheck;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, driven by Playwright, headless. Playwright cannot download its own browser on
 * this network, so it must use the system one (CHROMIUM_PATH, default /usr/bin/chromium).
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new page in its own context (its own cookies, so its own session), 1280 px wide. */
    public Page newPage() {
        return newPage(1280, 800);
    }

    /** A new page in its own context with this viewport, e.g. a tablet's 800 × 1100. */
    public Page newPage(int width, int height) {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)).newPage();
    }

    /**
     * Saves a screenshot to look at after the run: under target/screenshots, or the folder the
     * system property screenshots.dir names (docs/screenshots regenerates the documented ones).
     */
    public static void screenshot(Page page, String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
