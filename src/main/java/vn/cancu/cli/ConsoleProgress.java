package vn.cancu.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import vn.cancu.index.Progress;

/** Draws indexing progress on stderr, so stdout stays clean for the summary. */
final class ConsoleProgress implements Progress {
  private ProgressBar bar;

  @Override
  public void start(String task, long total) {
    close();
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .clearDisplayOnFinish()
            .build();
  }

  @Override
  public void step() {
    if (bar != null) bar.step();
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
    bar = null;
  }
}
