package cloudscan.gcp.collect.iam;

import cloudscan.core.fact.Principal;
import java.util.Collection;
import java.util.Locale;

/**
 * IAM policy members ({@code user:a@example.jp}, {@code serviceAccount:...}, {@code allUsers})
 * → kind and outside party. A member is outside when its domain is not one of the allowed domains,
 * or, for a service account, when it acts for a project, folder or organization outside the scan
 * ({@link ServiceAccounts}).
 */
final class Members {

  /** A member with kind, display name and outside party (null when inside). */
  record Member(Principal.Kind kind, String name, String externalParty) { }

  private Members() { }

  /** Null for members that grant nothing (deleted identities). */
  static Member parse(String member, Collection<String> allowedDomains, ServiceAccounts.Scope scope) {
    if (member.startsWith("deleted:")) {
      return null;
    }
    if (member.equals("allUsers")) {
      return new Member(Principal.Kind.GUEST, member, "anyone on the internet (allUsers)");
    }
    if (member.equals("allAuthenticatedUsers")) {
      return new Member(Principal.Kind.GUEST, member, "any Google account (allAuthenticatedUsers)");
    }
    int colon = member.indexOf(':');
    String type = colon < 0 ? "" : member.substring(0, colon);
    String id = colon < 0 ? member : member.substring(colon + 1);
    String domain = domainOf(type, id);
    return switch (type) {
      case "user" -> new Member(Principal.Kind.USER, member, outside(domain, allowedDomains));
      case "group" -> new Member(Principal.Kind.GROUP, member, outside(domain, allowedDomains));
      case "domain" -> new Member(Principal.Kind.GROUP, member, outside(domain, allowedDomains));
      case "serviceAccount" -> new Member(Principal.Kind.SERVICE_ACCOUNT, member, ServiceAccounts.outsideParty(id, scope));
      default -> new Member(Principal.Kind.ROLE, member, "identity federation (" + type + ")");
    };
  }

  static String domainOf(String type, String id) {
    if (type.equals("domain")) {
      return id.toLowerCase(Locale.ROOT);
    }
    int at = id.lastIndexOf('@');
    return at < 0 ? "" : id.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static String outside(String domain, Collection<String> allowed) {
    return allowed.stream().anyMatch(a -> a.equalsIgnoreCase(domain)) ? null : domain;
  }
}
