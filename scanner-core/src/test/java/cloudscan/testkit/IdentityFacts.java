package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Principal.AccessKey;
import cloudscan.core.fact.Principal.Kind;
import cloudscan.core.fact.ResourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.PasswordPolicy.CharClass;
import cloudscan.core.fact.PasswordPolicyDefaults;

/**
 * Builders for identity facts: {@code user("alice").console().mfa(false).build()},
 * {@code root().key("AKIA1", "2026-01-01T00:00:00Z").build()}, {@code passwordPolicy(14, "ulds")}.
 * The resource ID of a principal is its name; IAM lives in the {@code global} location.
 */
public final class IdentityFacts {

  private IdentityFacts() { }

  public static PrincipalBuilder root() {
    return new PrincipalBuilder(Kind.ROOT, "root");
  }

  public static PrincipalBuilder user(String name) {
    return new PrincipalBuilder(Kind.USER, name);
  }

  public static PrincipalBuilder guest(String name) {
    return new PrincipalBuilder(Kind.GUEST, name);
  }

  public static PrincipalBuilder role(String name) {
    return new PrincipalBuilder(Kind.ROLE, name);
  }

  public static PrincipalBuilder principal(Kind kind, String name) {
    return new PrincipalBuilder(kind, name);
  }

  /**
   * A customer's password policy with {@code minLength}; {@code classes} holds the required
   * character classes as letters: u(pper), l(ower), d(igits), s(ymbols), e.g. {@code "ulds"} or
   * {@code "-"}.
   */
  public static PasswordPolicy passwordPolicy(int minLength, String classes) {
    return passwordPolicy(minLength, classes, 0);
  }

  /** As {@link #passwordPolicy(int, String)}, also requiring {@code minClasses} of the four classes. */
  public static PasswordPolicy passwordPolicy(int minLength, String classes, int minClasses) {
    Set<CharClass> required = EnumSet.noneOf(CharClass.class);
    if (classes.contains("u")) {
      required.add(CharClass.UPPER);
    }
    if (classes.contains("l")) {
      required.add(CharClass.LOWER);
    }
    if (classes.contains("d")) {
      required.add(CharClass.DIGITS);
    }
    if (classes.contains("s")) {
      required.add(CharClass.SYMBOLS);
    }
    return new PasswordPolicy(policyRef(), PasswordPolicy.Source.CUSTOM, minLength, required, minClasses);
  }

  /** No policy set in an AWS account: AWS's documented default applies. */
  public static PasswordPolicy noPasswordPolicy() {
    return PasswordPolicyDefaults.of(Cloud.AWS, policyRef());
  }

  private static ResourceRef policyRef() {
    return Refs.aws(ResourceRef.GLOBAL, "password-policy", "password-policy");
  }

  public static final class PrincipalBuilder {
    private final Kind kind;
    private final String name;
    private Known<Boolean> console = Known.of(false);
    private Known<Boolean> mfa = Known.of(false);
    private final List<AccessKey> keys = new ArrayList<>();
    private boolean keysUnread;
    private String externalParty;
    private Instant lastUsed;

    private PrincipalBuilder(Kind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    public PrincipalBuilder console() {
      this.console = Known.of(true);
      return this;
    }

    /** Whether the login profile could be read. */
    public PrincipalBuilder consoleUnread() {
      this.console = Known.unread();
      return this;
    }

    /** MFA on, off, or {@code null} for unreadable. */
    public PrincipalBuilder mfa(Boolean enabled) {
      this.mfa = Known.ofNullable(enabled);
      return this;
    }

    /** The access-key list could not be read. */
    public PrincipalBuilder keysUnread() {
      this.keysUnread = true;
      return this;
    }

    /** An active key created at {@code created} (ISO instant), never used. */
    public PrincipalBuilder key(String id, String created) {
      return key(id, created, null);
    }

    /** An active key; {@code created} or {@code lastUsed} may be null. */
    public PrincipalBuilder key(String id, String created, String lastUsed) {
      keys.add(new AccessKey(id, true, instant(created), instant(lastUsed)));
      return this;
    }

    public PrincipalBuilder inactiveKey(String id, String created) {
      keys.add(new AccessKey(id, false, instant(created), null));
      return this;
    }

    public PrincipalBuilder external(String party) {
      this.externalParty = party;
      return this;
    }

    public PrincipalBuilder lastUsed(String when) {
      this.lastUsed = instant(when);
      return this;
    }

    public Principal build() {
      String type = switch (kind) {
        case ROOT -> "root";
        case USER -> "iam-user";
        case ROLE -> "iam-role";
        case GROUP -> "iam-group";
        case SERVICE_ACCOUNT -> "service-account";
        case GUEST -> "guest-user";
      };
      return new Principal(Refs.aws(ResourceRef.GLOBAL, type, name), kind, name, console, mfa,
          keysUnread ? Known.unread() : Known.of(keys), externalParty, lastUsed);
    }

    private static Instant instant(String iso) {
      return iso == null ? null : Instant.parse(iso);
    }
  }
}
