package cloudscan.core.engine;

/** Receives progress of a long collection (the CLI prints it on stderr). */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (task, done, total, failed) -> { };

  void taskFinished(String task, int done, int total, boolean failed);
}
