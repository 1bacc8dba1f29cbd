package io.planscreen.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and waiting on planscreen's pages in a real browser, for the browser tests of each role. */
public record BrowserPages(ChromeDriver browser, int port) {

    public void signIn(TestUsers.TestUser user, String language) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, url(""), user.username(), TestUsers.PASSWORD, language);
    }

    public void open(String path) {
        browser.get(url(path));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Waits (re-finding the element across page loads) until the element {@code id} reads {@code expected}. */
    public void textBecomes(String id, String expected, Duration within) {
        new WebDriverWait(browser, within)
                .pollingEvery(Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id(id)).getText().equals(expected));
    }

    public void statusBecomes(String expected) {
        textBecomes("status", expected, Duration.ofSeconds(20));
    }
}
