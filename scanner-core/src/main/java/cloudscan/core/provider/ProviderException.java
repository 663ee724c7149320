package cloudscan.core.provider;

/** A provider could not start a scan at all (no credentials, identity unreadable, bad option). */
public class ProviderException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProviderException(String message) {
    super(message);
  }

  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
