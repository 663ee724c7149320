package cloudscan.gcp.collect;

import cloudscan.core.provider.ProviderException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A base URL given by {@code --gcp-endpoint} / {@code --gcp-endpoint-override}: {@code scheme://host[:port]}
 * and nothing more. A path is refused because the read-only guard matches request paths from the
 * root (a proxy prefix would make it refuse every read); plain {@code http} is refused off this
 * machine because every request carries the access token.
 */
final class EndpointUrl {

  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

  private EndpointUrl() { }

  /** The URL as {@code scheme://host[:port]}, or a {@link ProviderException} naming {@code option}. */
  static URI parse(String option, String text) throws ProviderException {
    URI u;
    try {
      u = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw bad(option, text, "is not a URL");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
      throw bad(option, text, "is not a URL");
    }
    boolean bare = (u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))
        && u.getRawQuery() == null && u.getRawFragment() == null && u.getRawUserInfo() == null;
    if (!bare) {
      throw bad(option, text, "has a path, query or user part (requests are matched from the root)");
    }
    if (u.getPort() != -1 && (u.getPort() < 1 || u.getPort() > 65535)) {
      throw bad(option, text, "has port " + u.getPort() + ", outside 1-65535");
    }
    if (scheme.equals("http") && !isLoopback(u.getHost())) {
      throw new ProviderException(option + " '" + text + "': plain http is allowed only to this machine (localhost, "
          + "127.0.0.0/8, ::1); the access token would cross the network unencrypted; use https");
    }
    return URI.create(scheme + "://" + u.getRawAuthority());
  }

  /** localhost or a loopback address literal; host names are not resolved. */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (LOOPBACK_V4.matcher(host).matches()) {
      return true;
    }
    if (!host.startsWith("[")) {
      return false; // a name: not resolved here
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress(); // a bracketed IPv6 literal: parsed, never looked up
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static ProviderException bad(String option, String text, String what) {
    return new ProviderException(option + " '" + text + "' " + what + ": expected scheme://host[:port] with no path, "
        + "e.g. https://compute-psc.example:443 (http only to localhost)");
  }
}
