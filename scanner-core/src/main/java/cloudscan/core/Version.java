package cloudscan.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {

  private static final String VALUE = load();

  private Version() { }

  public static String get() {
    return VALUE;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/cloudscan/core/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
