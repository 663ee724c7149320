package cloudscan.core.fact;

import java.util.Locale;
import java.util.Objects;

/**
 * The other end of a firewall rule or an endpoint's allow list: an address range, a group of the
 * customer's own machines, a set named by the provider, or a customer-managed address list.
 * Written in the snapshot as one string: {@code 203.0.113.0/24}, {@code group:sg-0abc},
 * {@code tag:AzureCloud}, {@code list:pl-0123}.
 */
public sealed interface Peer {

  /** An address range (also the wildcard {@code *}). */
  record Network(Cidr cidr) implements Peer {
    public Network {
      Objects.requireNonNull(cidr, "cidr");
    }

    @Override
    public String toString() {
      return cidr.toString();
    }
  }

  /**
   * Members of a group the customer controls: a referenced security group, a GCP network tag or
   * service account. Never the internet.
   */
  record Group(String id) implements Peer {
    public Group {
      requireText(id, "group");
    }

    @Override
    public String toString() {
      return "group:" + id;
    }
  }

  /**
   * A set of addresses the provider names and maintains: an Azure service tag ({@code Internet},
   * {@code AzureCloud}, {@code VirtualNetwork}), an AWS-managed prefix list by name
   * ({@code com.amazonaws.global.cloudfront.origin-facing}), a GCP source region code. Judged by
   * what it names ({@link ProviderTags}).
   */
  record Tag(String name) implements Peer {
    public Tag {
      requireText(name, "tag");
    }

    @Override
    public String toString() {
      return "tag:" + name;
    }
  }

  /**
   * A customer-managed address list (AWS managed prefix list owned by the account, GCP address
   * group): resolved from an {@link AddressList} fact with this ID, else its reach is unknown.
   */
  record ListRef(String id) implements Peer {
    public ListRef {
      requireText(id, "list");
    }

    @Override
    public String toString() {
      return "list:" + id;
    }
  }

  static Peer of(Cidr cidr) {
    return new Network(cidr);
  }

  static Peer cidr(String text) {
    return new Network(Cidr.parse(text));
  }

  /** Parses the snapshot form; a text without a prefix is a CIDR (or {@code *}, {@code Internet}). */
  static Peer parse(String text) {
    String t = text.trim();
    int colon = t.indexOf(':');
    String prefix = colon < 0 ? "" : t.substring(0, colon).toLowerCase(Locale.ROOT);
    return switch (prefix) {
      case "group" -> new Group(t.substring(colon + 1));
      case "tag" -> new Tag(t.substring(colon + 1));
      case "list" -> new ListRef(t.substring(colon + 1));
      default -> new Network(Cidr.parse(t));
    };
  }

  private static void requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a " + what + " peer needs a name");
    }
  }
}
