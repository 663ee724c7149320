package cloudscan.cli;

import cloudscan.core.Version;
import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Check;
import cloudscan.core.check.Text;
import cloudscan.core.waiver.AttestationLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a ready-to-fill {@code attestations.yaml}: one entry per ATTEST and PARTIAL requirement
 * in catalog order, each preceded by comments (label, text in ja/en, what evidence fits) and with
 * every value a {@value AttestationLoader#PLACEHOLDER} placeholder, which the loader rejects.
 */
final class AttestTemplate {

  static final String HINTS = "/cloudscan/attest/evidence-hints.yaml";
  private static final String P = AttestationLoader.PLACEHOLDER;
  private static final int WIDTH = 100;

  private final Catalog catalog;
  private final List<Check> checks;
  private final Hints hints;

  AttestTemplate(Catalog catalog, List<Check> checks, Hints hints) {
    this.catalog = catalog;
    this.checks = checks;
    this.hints = hints;
  }

  /** The requirements the template covers: ATTEST and PARTIAL, in catalog order. */
  List<Requirement> requirements() {
    return catalog.requirements().stream().filter(r -> r.assessment().needsAttestation()).toList();
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    header(sb);
    sb.append("version: 1\n");
    sb.append("attestations:\n");
    for (Requirement r : requirements()) {
      entry(sb, r);
    }
    return sb.toString();
  }

  private void header(StringBuilder sb) {
    List<String> ids = requirements().stream().map(r -> r.id().toString()).toList();
    String issuer = catalog.issuer() == null ? "" : " (" + catalog.issuer().ja() + " / " + catalog.issuer().en() + ")";
    comment(sb, "", "attestations.yaml: " + catalog.title().ja() + " / " + catalog.title().en() + issuer, WIDTH - 2);
    comment(sb, "", "Catalog " + catalog.id() + "; written by `cloudscan attest --template` (cloudscan "
        + Version.get() + ").", WIDTH - 2);
    comment(sb, "", "One entry per requirement that needs a person's attestation (ATTEST, PARTIAL): "
        + String.join(", ", ids) + ".", WIDTH - 2);
    sb.append("""
        #
        # 記入方法 / How to fill in
        #  1. "TODO" で始まる値をすべて書き換えてください。TODO が残っている間、cloudscan はこのファイルを
        #     読み込まず、ファイル名・行・項目を示すエラー（終了コード 2）になります。
        #     Replace every value that starts with "TODO". While one is left, cloudscan refuses the file
        #     with an error naming file, line and field (exit code 2).
        #  2. まだ表明できない要件は、その項目（"- requirement:" から次の項目の前まで）を削除してください。
        #     その要件はレポートで ATTESTATION_REQUIRED（表明が必要）のままです。
        #     Cannot attest a requirement yet? Delete its entry (from "- requirement:" up to the next one);
        #     the requirement then stays ATTESTATION_REQUIRED in the reports.
        #  3. evidence は必要なだけ並べられます。description は必須、reference（URL・文書番号・
        #     ファイル名）は任意。
        #     List as much evidence as you need: description is required, reference (URL, document number,
        #     file name) is optional.
        #  4. 日付は YYYY-MM-DD（日本時間の暦日）。validUntil の翌日から表明は期限切れとなり、他に不適合が
        #     なければ終了コード 4 になります。
        #     Dates are YYYY-MM-DD, the city's calendar day (JST). From the day after validUntil the
        #     attestation is expired: the requirement is no longer met, and with nothing else failing
        #     cloudscan exits 4.
        #  5. 確認と利用 / Check and use:
        #       cloudscan validate --attestations attestations.yaml
        #       cloudscan scan --provider aws --attestations attestations.yaml
        #       cloudscan evaluate --snapshot snapshot.json --attestations attestations.yaml
        #
        # 項目の対応（Azure Policy の attestation をご存じの方へ）
        # Fields, next to Azure Policy attestations:
        #   statement    ~ comments        what is attested, in your words
        #   evidence[]   ~ evidence[]      description + reference (Azure: description + sourceUri)
        #   attestedBy   ~ owner           who attests (Azure: usually an Entra object ID; here name and role)
        #   attestedOn   ~ assessmentDate  when the evidence was assessed (a date here)
        #   validUntil   ~ expiresOn       the last day the attestation counts (a date here)
        # There is no complianceState: an entry always claims the requirement is met. An entry that
        # cannot claim that does not belong here; delete it.
        """);
  }

  private void entry(StringBuilder sb, Requirement r) {
    sb.append("\n  # ").append("-".repeat(WIDTH - 4)).append('\n');
    sb.append("  # ").append(r.label() == null ? "" : r.label() + "  ").append(r.id()).append("  [")
        .append(r.assessment()).append("]\n");
    comment(sb, "  ", r.text().ja(), WIDTH - 4);
    comment(sb, "  ", r.text().en(), WIDTH - 4);
    Text hint = hints.forRequirement(catalog.id(), r.id().toString());
    comment(sb, "  ", "証跡の例: " + hint.ja(), WIDTH - 4);
    comment(sb, "  ", "Evidence that fits: " + hint.en(), WIDTH - 4);
    if (r.assessment() == cloudscan.core.catalog.AssessmentKind.PARTIAL) {
      String ids = checks.stream().filter(c -> c.spec().requirements().contains(r.id()))
          .map(c -> c.spec().id()).collect(Collectors.joining(", "));
      if (!ids.isEmpty()) {
        comment(sb, "  ", "自動チェック（表明はそれ以外の部分を対象とします）/ Checked automatically (the attestation "
            + "covers the rest): " + ids, WIDTH - 4);
      }
    }
    sb.append("  - requirement: \"").append(r.id()).append("\"\n");
    sb.append("    statement: \"").append(P).append(": what you attest for ").append(r.id())
        .append(", in your own words\"\n");
    sb.append("    evidence:\n");
    sb.append("      - description: \"").append(P).append(": what the document is (see the examples above)\"\n");
    sb.append("        reference: \"").append(P).append(": where the city can see it: URL, document number or file name\"\n");
    sb.append("    attestedBy: \"").append(P).append(": name (role, organisation)\"\n");
    sb.append("    attestedOn: \"").append(P).append(": YYYY-MM-DD\"\n");
    sb.append("    validUntil: \"").append(P).append(": YYYY-MM-DD, e.g. the earliest expiry of the evidence\"\n");
  }

  /** Appends {@code text} as comment lines of at most {@code width} display columns. */
  private static void comment(StringBuilder sb, String indent, String text, int width) {
    for (String line : wrap(text.replaceAll("\\s+", " ").strip(), width)) {
      sb.append(indent).append("# ").append(line).append('\n');
    }
  }

  /**
   * Wraps {@code text} to {@code width} display columns (CJK characters count two). Breaks at a
   * space or after Japanese punctuation near the end of a line when it can, else anywhere.
   */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    String rest = text;
    while (columns(rest) > width) {
      int cut = 0;
      int cols = 0;
      int best = -1;
      while (cut < rest.length()) {
        int cp = rest.codePointAt(cut);
        int w = wide(cp) ? 2 : 1;
        if (cols + w > width) {
          break;
        }
        cols += w;
        cut += Character.charCount(cp);
        if (cp == ' ' || "、。，）」".indexOf(cp) >= 0) {
          best = cols > width * 3 / 4 ? cut : best;
        }
      }
      int end = best > 0 ? best : cut;
      out.add(rest.substring(0, end).stripTrailing());
      rest = rest.substring(end).stripLeading();
    }
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  static int columns(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.HIRAGANA
        || b == Character.UnicodeBlock.KATAKANA || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61;
  }

  /** Evidence hints per catalog and requirement, read from {@value #HINTS}. */
  record Hints(Text fallback, Map<String, Map<String, Text>> byCatalog) {

    static Hints load() {
      try (InputStream in = AttestTemplate.class.getResourceAsStream(HINTS)) {
        if (in == null) {
          throw new IllegalStateException(HINTS + " missing from the jar");
        }
        JsonNode root = new YAMLMapper().readTree(in);
        Map<String, Map<String, Text>> byCatalog = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> c : root.path("catalogs").properties()) {
          Map<String, Text> items = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> i : c.getValue().properties()) {
            items.put(i.getKey(), text(i.getValue()));
          }
          byCatalog.put(c.getKey(), items);
        }
        return new Hints(text(root.path("default")), byCatalog);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Text text(JsonNode n) {
      return Text.of(n.path("ja").asText().strip(), n.path("en").asText().strip());
    }

    Text forRequirement(String catalogId, String requirementId) {
      return byCatalog.getOrDefault(catalogId, Map.of()).getOrDefault(requirementId, fallback);
    }
  }
}
