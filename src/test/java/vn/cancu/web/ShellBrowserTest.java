package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ShellBrowserTest {
  @Test
  void lintPage() {
    try (RunningApp app = new RunningApp(new Services(new WebSettings(Path.of("web"), null)));
        Browser b = Browser.open()) {
      b.driver.get(app.base() + "/lint");
      assertEquals("Kiểm tra dự thảo", b.driver.findElement(By.tagName("h1")).getText());
      b.screenshot("lint");
      b.driver.get(app.base() + "/basis?task=d%C3%A2n+v%E1%BA%ADn");
      b.screenshot("basis");
    }
  }
}
