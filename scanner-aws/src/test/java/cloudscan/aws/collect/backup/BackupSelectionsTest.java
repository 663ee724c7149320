package cloudscan.aws.collect.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.BackupPlan.Selection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.Condition;

/**
 * GetBackupSelection answers as selections. moto 5.2 implements neither CreateBackupSelection nor
 * ListBackupSelections (HTTP 500), so the mapping is tested on the SDK's own model.
 */
class BackupSelectionsTest {

  private static final String TABLE = "arn:aws:dynamodb:ap-northeast-1:123456789012:table/residents";

  @Test
  void resourcesAndTagList_areAnyOfThem() {
    BackupSelection s = BackupSelection.builder().selectionName("daily").resources(TABLE)
        .listOfTags(Condition.builder().conditionType("STRINGEQUALS").conditionKey("backup").conditionValue("daily").build())
        .notResources("arn:aws:ec2:*:*:volume/*").build();
    assertThat(BackupSelections.selection(s)).contains(new Selection(List.of(TABLE), Map.of("backup", "daily"),
        Map.of(), List.of("arn:aws:ec2:*:*:volume/*")));
  }

  @Test
  void stringEqualsConditions_areAllOfThemByTagKey() {
    BackupSelection s = BackupSelection.builder().selectionName("prod").resources("*")
        .conditions(c -> c.stringEquals(p -> p.conditionKey("aws:ResourceTag/env").conditionValue("prod"))).build();
    assertThat(BackupSelections.selection(s).map(Selection::allTags)).contains(Map.of("env", "prod"));
  }

  @Test
  void stringNotEqualsCondition_cannotBeExpressed_soTheSelectionIsNotKnown() {
    BackupSelection s = BackupSelection.builder().selectionName("not-dev").resources("*")
        .conditions(c -> c.stringNotEquals(p -> p.conditionKey("aws:ResourceTag/env").conditionValue("dev"))).build();
    assertThat(BackupSelections.selection(s)).isEqualTo(Optional.empty());
  }
}
