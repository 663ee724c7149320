package cloudscan.testkit;

import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Principal.AccessKey;
import cloudscan.core.fact.Principal.Kind;
import cloudscan.core.fact.ResourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
   * A password policy present with {@code minLength}; {@code classes} holds the required character
   * classes as letters: u(pper), l(ower), d(igits), s(ymbols), e.g. {@code "ulds"} or {@code "-"}.
   */
  public static PasswordPolicy passwordPolicy(int minLength, String classes) {
    return new PasswordPolicy(policyRef(), true, minLength, classes.contains("u"),
        classes.contains("l"), classes.contains("d"), classes.contains("s"));
  }

  public static PasswordPolicy noPasswordPolicy() {
    return PasswordPolicy.absent(policyRef());
  }

  private static ResourceRef policyRef() {
    return Refs.aws(ResourceRef.GLOBAL, "password-policy", "password-policy");
  }

  public static final class PrincipalBuilder {
    private final Kind kind;
    private final String name;
    private boolean console;
    private Boolean mfa;
    private final List<AccessKey> keys = new ArrayList<>();
    private String externalParty;
    private Instant lastUsed;

    private PrincipalBuilder(Kind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    public PrincipalBuilder console() {
      this.console = true;
      return this;
    }

    /** MFA on, off, or {@code null} for unreadable. */
    public PrincipalBuilder mfa(Boolean enabled) {
      this.mfa = enabled;
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
          keys, externalParty, lastUsed);
    }

    private static Instant instant(String iso) {
      return iso == null ? null : Instant.parse(iso);
    }
  }
}
