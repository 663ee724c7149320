package cloudscan.aws.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(EmulatorExtension.class)}: the test class runs on the emulator
 * {@code -Dcloudscan.aws.emulator} selects (moto by default, or LocalStack), reset first.
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    AwsEmulator e = AwsEmulator.selected();
    AwsEmulator.Current.use(e);
    e.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    AwsEmulator.Current.use(null);
  }
}
