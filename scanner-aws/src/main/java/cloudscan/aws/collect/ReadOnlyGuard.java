package cloudscan.aws.collect;

import java.util.Locale;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Refuses every (service, operation) not on the {@link ReadOperations} list (exact match; the
 * deny list wins), in {@code beforeExecution}: the
 * request is never marshalled, signed or sent, and the SDK does not retry it. Installed on every
 * client {@link AwsClients} builds.
 */
public final class ReadOnlyGuard implements ExecutionInterceptor {

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    if (!ReadOperations.allows(service, operation)) {
      throw new ReadOnlyViolation(service == null ? "?" : service.toLowerCase(Locale.ROOT), operation);
    }
  }
}
