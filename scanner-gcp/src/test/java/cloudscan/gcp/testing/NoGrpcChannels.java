package cloudscan.gcp.testing;

import io.grpc.ChannelCredentials;
import io.grpc.ManagedChannelBuilder;
import io.grpc.ManagedChannelProvider;
import java.net.SocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gRPC channel provider with the highest priority, registered for the tests
 * ({@code META-INF/services/io.grpc.ManagedChannelProvider}): any attempt to build a gRPC channel
 * is counted and refused, so a test can prove every read went over REST.
 */
public final class NoGrpcChannels extends ManagedChannelProvider {

  private static final AtomicInteger BUILT = new AtomicInteger();

  public static int built() {
    return BUILT.get();
  }

  @Override
  protected boolean isAvailable() {
    return true;
  }

  @Override
  protected int priority() {
    return 10_000;
  }

  @Override
  protected ManagedChannelBuilder<?> builderForAddress(String name, int port) {
    BUILT.incrementAndGet();
    throw new UnsupportedOperationException("cloudscan reads over REST only: gRPC channel to " + name + " refused");
  }

  @Override
  protected ManagedChannelBuilder<?> builderForTarget(String target) {
    BUILT.incrementAndGet();
    throw new UnsupportedOperationException("cloudscan reads over REST only: gRPC channel to " + target + " refused");
  }

  @Override
  protected NewChannelBuilderResult newChannelBuilder(String target, ChannelCredentials creds) {
    BUILT.incrementAndGet();
    return NewChannelBuilderResult.error("cloudscan reads over REST only: gRPC channel to " + target + " refused");
  }

  @Override
  protected Collection<Class<? extends SocketAddress>> getSupportedSocketAddressTypes() {
    return List.of(SocketAddress.class);
  }
}
