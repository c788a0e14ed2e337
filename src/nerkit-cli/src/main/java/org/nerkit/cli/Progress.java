package org.nerkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress display of long runs, on stderr: input consumed (MB, with a percentage when the
 * input size is known), documents and tokens per second. Drawn by the progressbar library.
 */
abstract class Progress implements AutoCloseable {
  /** When to show progress. */
  enum When { auto, always, never }

  /** Whether anything was drawn; the final summary goes with it. */
  abstract boolean shown();

  /** Called after each document is written. */
  abstract void advance(long inputBytes, long documents, long tokens);

  @Override
  public abstract void close();

  /**
   * @param totalBytes the input size, or -1 when unknown (stdin)
   */
  static Progress start(When when, long totalBytes) {
    boolean show = when == When.always || (when == When.auto && stderrIsTerminal());
    return show ? new Bar(totalBytes) : new Hidden();
  }

  /**
   * Java has no isatty for stderr ({@code System.console()} needs stdin and stdout to be
   * terminals too, which they are not in {@code nerkit big.jsonl > out.jsonl}); on Linux the
   * file descriptor's link says. Elsewhere: no progress unless asked for.
   */
  static boolean stderrIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      return target.startsWith("/dev/pts") || target.toString().startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }

  private static final class Hidden extends Progress {
    @Override
    boolean shown() {
      return false;
    }

    @Override
    void advance(long inputBytes, long documents, long tokens) {
    }

    @Override
    public void close() {
    }
  }

  private static final class Bar extends Progress {
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long lastUpdate;

    Bar(long totalBytes) {
      bar = new ProgressBarBuilder()
          .setTaskName("nerkit")
          .setInitialMax(totalBytes)
          .setUnit(" MB", 1 << 20)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .setUpdateIntervalMillis(500)
          .showSpeed()
          .build();
    }

    @Override
    boolean shown() {
      return true;
    }

    @Override
    void advance(long inputBytes, long documents, long tokens) {
      bar.stepBy(inputBytes);
      long now = System.nanoTime();
      if (now - lastUpdate > 250_000_000L) { // formatting on every document would cost more than it shows
        lastUpdate = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        bar.setExtraMessage(String.format(" %,d docs, %,.0f tokens/s", documents, tokens / seconds));
      }
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
