package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pages in a real headless Chromium, on the seed corpus; screenshots go to target/screenshots/. */
class BrowserTest {

  @TempDir static Path index;
  static SeedSite seed;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open(); // skips the class when chromium is absent
    seed = new SeedSite(index, null);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (seed != null) seed.close();
  }

  private static void go(String path) {
    browser.driver.get(seed.app.base() + path);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String message) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError(message);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(message, e);
      }
    }
  }

  @Test
  void searchThenClickAHitShowsTheClauseAtItsAnchor() {
    go("/");
    browser.screenshot("home");
    WebElement box = browser.driver.findElement(By.name("q"));
    box.sendKeys("dân vận khéo");
    box.submit();
    List<WebElement> hits = browser.driver.findElements(By.cssSelector("ol.hits > li"));
    assertFalse(hits.isEmpty(), "no hits for 'dân vận khéo'");
    assertFalse(hits.get(0).findElements(By.tagName("mark")).isEmpty(), "first hit has no highlight");
    browser.screenshot("search");
    WebElement link = browser.driver.findElements(By.cssSelector("ol.hits a.hit-title")).stream()
        .filter(a -> a.getAttribute("href").contains("#clause-")).findFirst().orElseThrow();
    String clauseId = link.getAttribute("href").substring(link.getAttribute("href").indexOf("#clause-") + "#clause-".length());
    link.click();
    WebElement clause = browser.driver.findElement(By.id("clause-" + clauseId));
    assertTrue(clause.isDisplayed());
    assertEquals("clause-" + clauseId, browser.driver.executeScript("return document.querySelector(':target').id"));
    Number top = (Number) browser.driver.executeScript("return arguments[0].getBoundingClientRect().top", clause);
    Number height = (Number) browser.driver.executeScript("return window.innerHeight");
    assertTrue(top.doubleValue() >= -1 && top.doubleValue() < height.doubleValue(), "clause not scrolled into view: top=" + top);
    browser.screenshot("plan");
  }

  @Test
  void footnoteCitationsShowAsFootnoteChipsWithTheFootnoteUnderTheClause() {
    // Any seed clause whose basis comes from a footnote anchored in it.
    PlanView.ClauseView found = null;
    String planId = null;
    for (var plan : seed.site.plans()) {
      for (var clause : flatten(seed.site.planView(plan.id()).orElseThrow().clauses())) {
        if (clause.basis().stream().anyMatch(b -> b.kind().equals(BasisLinks.FOOTNOTE))) {
          found = clause;
          planId = plan.id();
          break;
        }
      }
      if (found != null) break;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(found != null, "no footnote citation in the seed corpus");
    go("/plans/" + RunningApp.enc(planId) + "#clause-" + found.id());
    WebElement clause = browser.driver.findElement(By.id("clause-" + found.id()));
    WebElement chip = clause.findElement(By.cssSelector(":scope > .chips .chip-footnote"));
    assertTrue(chip.getAttribute("title").contains("«"), "hover shows the plan's words: " + chip.getAttribute("title"));
    assertFalse(clause.findElements(By.cssSelector(":scope > .footnotes p")).isEmpty(), "footnotes not shown under their clause");
    browser.screenshot("plan-footnotes");
  }

  private static List<PlanView.ClauseView> flatten(List<PlanView.ClauseView> clauses) {
    List<PlanView.ClauseView> out = new java.util.ArrayList<>();
    for (PlanView.ClauseView c : clauses) {
      out.add(c);
      out.addAll(flatten(c.children()));
    }
    return out;
  }

  @Test
  void directivePageListsItsCitingPlans() {
    go("/directives");
    browser.screenshot("directives");
    go("/directives?key=" + RunningApp.enc("33/CT-TTg"));
    List<WebElement> plans = browser.driver.findElements(By.cssSelector("ul.cited-by > li"));
    assertFalse(plans.isEmpty(), "no citing plans listed");
    WebElement citing = browser.driver.findElement(By.cssSelector("ul.cited-by li li"));
    assertTrue(citing.findElement(By.tagName("mark")).getText().contains("33/CT-TTg"), citing.getText());
    browser.screenshot("directive");
  }

  @Test
  void graphViewDrawsNodes() {
    go("/graph");
    WebElement canvas = browser.driver.findElement(By.id("graph-canvas"));
    waitFor(() -> canvas.getAttribute("data-nodes") != null, "the graph never loaded");
    assertTrue(Integer.parseInt(canvas.getAttribute("data-nodes")) > 0);
    assertTrue(Integer.parseInt(canvas.getAttribute("data-edges")) > 0);
    // Pixels were drawn: the canvas is not blank.
    Boolean drawn = (Boolean) browser.driver.executeScript(
        "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "for (var i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false;", canvas);
    assertTrue(drawn, "canvas is blank");
    browser.screenshot("graph");
  }

  @Test
  void scriptInTheQueryRunsNothing() {
    go("/search?q=" + RunningApp.enc("<script>alert(1)</script>"));
    assertTrue(browser.driver.findElements(By.xpath("//script[contains(., 'alert')]")).isEmpty());
    assertEquals("<script>alert(1)</script>", browser.driver.findElement(By.name("q")).getAttribute("value"));
  }

  @Test
  void otherPagesRender() {
    for (String page : new String[] {"plans", "basis", "wording", "lint"}) {
      go("/" + page);
      assertFalse(browser.driver.findElement(By.tagName("h1")).getText().isBlank(), page);
      browser.screenshot(page);
    }
    go("/khong-co");
    browser.screenshot("error-404");
  }
}
