package cloudscan.report.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of {@code report.json} that may be null (or left out). Every other field is
 * required and non-null: {@link ResultReader} enforces that when it reads a report back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface Nullable { }
