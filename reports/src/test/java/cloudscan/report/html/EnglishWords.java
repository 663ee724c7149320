package cloudscan.report.html;

import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Latin words in a text, and those a result's data brings with it (for "Japanese throughout" tests). */
final class EnglishWords {

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,}");

  private EnglishWords() { }

  static Set<String> in(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Words in what came from outside the writer: resources, check IDs and Japanese texts, gaps, runs, waivers, attestations. */
  static Set<String> ofData(ScanResult r) {
    List<String> data = new ArrayList<>();
    for (CheckOutcome o : r.checks()) {
      data.add(o.spec().id());
      data.add(o.spec().title().ja());
      data.add(o.spec().remediation().ja());
      for (Finding f : o.findings()) {
        data.addAll(List.of(f.resource().cloud().id(), f.resource().account(), f.resource().location(),
            f.resource().type(), f.resource().id()));
        data.add(f.message().ja());
        data.add(f.name());
        if (f.waiver() != null) {
          waiver(f.waiver(), data);
        }
      }
    }
    r.expiredWaivers().forEach(w -> waiver(w, data));
    for (RequirementResult q : r.requirements()) {
      data.add(q.requirement().text().ja());
      Attestation a = q.attestation();
      if (a != null) {
        data.addAll(List.of(a.statement(), a.attestedBy(), a.source()));
        a.evidence().forEach(e -> data.addAll(List.of(e.description(), e.reference())));
      }
    }
    for (Gap g : r.gaps()) {
      data.addAll(List.of(g.scope().toString(), g.service(), g.operation(), g.message()));
      data.addAll(g.factKinds());
    }
    for (ProviderRun run : r.snapshot().runs()) {
      data.add(run.provider());
      data.add(run.identity());
      run.scopes().forEach(sc -> data.add(sc.scope().toString()));
      run.skipped().forEach(sk -> data.addAll(java.util.Arrays.asList(sk.account(), sk.location(), sk.reason(), sk.evidence())));
      data.addAll(run.apiCalls().keySet());
    }
    Set<String> out = new TreeSet<>();
    data.stream().filter(s -> s != null).forEach(s -> out.addAll(in(s)));
    return out;
  }

  private static void waiver(Waiver w, List<String> data) {
    data.addAll(java.util.Arrays.asList(w.checkId(), w.resourcePattern(), w.reason(), w.approvedBy(), w.reference(),
        w.source()));
  }
}
