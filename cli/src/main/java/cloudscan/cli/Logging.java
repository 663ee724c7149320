package cloudscan.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Switches cloudscan's log level (logs go to stderr; reports and summaries to files/stdout). */
final class Logging {

  private Logging() { }

  static void debug(boolean on) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(on ? Level.INFO : Level.WARN);
    ((Logger) LoggerFactory.getLogger("cloudscan")).setLevel(on ? Level.DEBUG : Level.WARN);
    // The Azure identity library logs each credential it tries; with --debug the user wants them.
    ((Logger) LoggerFactory.getLogger("com.azure")).setLevel(on ? Level.INFO : Level.OFF);
  }
}
