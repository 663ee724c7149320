package cloudscan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.provider.Provider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AwsProviderServiceLoaderTest {

  @Test
  void serviceLoader_findsAwsProvider() {
    assertThat(ServiceLoader.load(Provider.class).stream().map(ServiceLoader.Provider::get).map(Provider::id))
        .contains("aws");
  }
}
