package cloudscan.core.catalog;

import cloudscan.core.check.Text;

/**
 * One requirement of the catalog.
 *
 * @param label    the city's own numbering, e.g. {@code ３（13）}
 * @param text     the requirement text: Japanese exactly as the source, English translation
 * @param advisory the scanner's verdict is advice only (3.7 redundancy): it never fails the CI gate
 */
public record Requirement(RequirementId id, int section, String label, Text text,
    AssessmentKind assessment, boolean advisory) { }
