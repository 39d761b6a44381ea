package vn.cancu.web;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes when corpus files change: watches the corpus folders and, once they have been quiet
 * for a moment (an editor or a copy writes in bursts), reloads the site. A failed reload is logged
 * and the site in service stays as it was.
 */
public final class CorpusWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
  static final long QUIET_MILLIS = 1500;

  private final WatchService watcher;
  private final Thread thread;

  /**
   * @param folders the folders to watch (those that do not exist are ignored)
   * @param reload what to run after a change
   */
  public CorpusWatcher(List<Path> folders, Runnable reload) throws IOException {
    this.watcher = FileSystems.getDefault().newWatchService();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
    this.thread = Thread.ofPlatform().daemon().name("corpus-watcher").unstarted(() -> run(reload));
    thread.start();
  }

  private void run(Runnable reload) {
    try {
      while (true) {
        drain(watcher.take());
        // Wait until no event came for a quiet period, then reload once for the whole burst.
        WatchKey next;
        while ((next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) drain(next);
        try {
          reload.run();
        } catch (RuntimeException e) {
          LOG.error("re-index after a corpus change failed; still serving the previous index", e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
