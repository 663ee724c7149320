package cloudscan.aws.collect.backup;

import cloudscan.core.fact.BackupPlan.Selection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.Condition;
import software.amazon.awssdk.services.backup.model.ConditionParameter;

/**
 * A plan's selections (ListBackupSelections, then GetBackupSelection for each) in AWS Backup's
 * terms: resource ARNs, {@code ListOfTags} (any of them), {@code Conditions.StringEquals} (all of
 * them), {@code NotResources}. A selection with a condition the fact cannot express (StringLike,
 * StringNotEquals, StringNotLike) could select less than it appears to: the plan's selections
 * are then not known, never guessed wider.
 */
final class BackupSelections {

  private BackupSelections() { }

  /** Every selection of the plan, or empty when one of them cannot be expressed. */
  static Optional<List<Selection>> of(BackupClient backup, String planId) {
    List<String> ids = backup.listBackupSelectionsPaginator(r -> r.backupPlanId(planId)).backupSelectionsList()
        .stream().map(s -> s.selectionId()).toList();
    List<Optional<Selection>> read = ids.stream()
        .map(id -> selection(backup.getBackupSelection(r -> r.backupPlanId(planId).selectionId(id)).backupSelection()))
        .toList();
    return read.stream().allMatch(Optional::isPresent)
        ? Optional.of(read.stream().map(Optional::get).toList()) : Optional.empty();
  }

  static Optional<Selection> selection(BackupSelection s) {
    Map<String, String> anyTags = new LinkedHashMap<>();
    for (Condition c : s.listOfTags()) {
      if (!"STRINGEQUALS".equals(c.conditionTypeAsString())) {
        return Optional.empty();
      }
      anyTags.put(c.conditionKey(), c.conditionValue());
    }
    Map<String, String> allTags = new LinkedHashMap<>();
    var conditions = s.conditions();
    if (conditions != null) {
      if (!conditions.stringLike().isEmpty() || !conditions.stringNotEquals().isEmpty()
          || !conditions.stringNotLike().isEmpty()) {
        return Optional.empty();
      }
      for (ConditionParameter p : conditions.stringEquals()) {
        allTags.put(tagKey(p.conditionKey()), p.conditionValue());
      }
    }
    return Optional.of(new Selection(s.resources(), anyTags, allTags, s.notResources()));
  }

  /** Conditions name tags as {@code aws:ResourceTag/Key}. */
  private static String tagKey(String key) {
    String prefix = "aws:ResourceTag/";
    return key != null && key.startsWith(prefix) ? key.substring(prefix.length()) : key;
  }
}
