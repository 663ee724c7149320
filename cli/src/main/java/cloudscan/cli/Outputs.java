package cloudscan.cli;

import cloudscan.core.input.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Where output goes: checked before any long work, and failures said in words, not class names. */
final class Outputs {

  private Outputs() { }

  /**
   * Fails (exit 2) unless {@code out} is, or can become, a directory this user can write: an
   * existing file, a read-only directory or a path under a file is found here, before a scan
   * runs for minutes and is lost. Creates nothing that stays.
   */
  static void requireWritableDir(Path out, String option) throws InputException {
    Path abs = out.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new InputException(option, 0, 0, "", out + " is a file, not a directory: choose a directory");
    }
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new InputException(option, 0, 0, "", "cannot create " + out + ": "
          + (existing == null ? "no such place" : existing + " is a file, not a directory"));
    }
    Path probe = existing.resolve(".cloudscan-probe-" + UUID.randomUUID());
    try {
      Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
    } catch (IOException e) {
      throw new InputException(option, 0, 0, "", "cannot write to " + existing + " ("
          + reason(e).replace(": " + probe, "") + "): choose another " + option + " directory");
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException ignored) {
        // the probe could not be created either; nothing to clean up
      }
    }
  }

  /** A file-system error as a short phrase, without Java class names. */
  static String reason(IOException e) {
    String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
    String what;
    if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof NotDirectoryException) {
      what = "not a directory";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "already exists";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      what = f.getReason().toLowerCase(java.util.Locale.ROOT);
    } else {
      what = e.getMessage() == null ? "input/output error" : e.getMessage();
    }
    return file == null ? what : what + ": " + file;
  }

  /**
   * Writing output failed after judging (disk full, permissions changed, ...). Exit 5 with a
   * one-line hint; nothing half-written is left in the output directory.
   */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(Path dir, IOException cause) {
      super("could not write the output to " + dir + " (" + reason(cause) + "); nothing was written. "
          + "Free disk space or fix permissions, then run again", cause);
    }
  }
}
