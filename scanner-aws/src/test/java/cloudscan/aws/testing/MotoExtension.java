package cloudscan.aws.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@code @ExtendWith(MotoExtension.class)}: the shared moto_server, reset before each test class. */
public final class MotoExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    AwsEmulator.Current.use(MotoServer.get());
    MotoServer.get().reset();
  }
}
