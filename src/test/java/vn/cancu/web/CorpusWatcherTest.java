package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWatcherTest {

  @Test
  void aBurstOfChangesTriggersAReload(@TempDir Path dir) throws Exception {
    Path plans = Files.createDirectory(dir.resolve("plans"));
    Semaphore reloads = new Semaphore(0);
    try (CorpusWatcher watcher = new CorpusWatcher(List.of(plans, dir.resolve("missing")), reloads::release)) {
      Files.writeString(plans.resolve("a.txt"), "Kế hoạch");
      Files.writeString(plans.resolve("b.txt"), "Kế hoạch");
      assertTrue(reloads.tryAcquire(30, TimeUnit.SECONDS), "no reload after files were added");
      Files.delete(plans.resolve("a.txt"));
      assertTrue(reloads.tryAcquire(30, TimeUnit.SECONDS), "no reload after a file was removed");
    }
  }
}
