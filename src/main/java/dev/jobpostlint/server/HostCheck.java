package dev.jobpostlint.server;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;

/**
 * On a loopback address, answers only requests addressed to this machine by its exact name or number and this
 * server's port ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}). A web page elsewhere could otherwise point
 * a name of its own at 127.0.0.1 (DNS rebinding: "127.evil.example") and read the answers. A form posted from
 * another site carries that site's {@code Origin} and is refused too.
 */
final class HostCheck {

    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopback;
    private final int port;

    HostCheck(InetSocketAddress bound) {
        this.loopback = bound.getAddress().isLoopbackAddress();
        this.port = bound.getPort();
    }

    void check(String hostHeader) throws ApiError {
        if (loopback && hostHeader != null && !isLocal(hostHeader.strip().toLowerCase(Locale.ROOT))) {
            throw new ApiError(403, "forbidden-host", "this server answers only on localhost");
        }
    }

    /** A request that says where it comes from must come from this server's own page. */
    void checkOrigin(String originHeader) throws ApiError {
        if (!loopback || originHeader == null) {
            return;
        }
        String origin = originHeader.strip().toLowerCase(Locale.ROOT);
        if (!origin.startsWith("http://") || !isLocal(origin.substring("http://".length()))) {
            throw new ApiError(403, "forbidden-origin", "this server answers only its own page");
        }
    }

    /** "localhost:8080", "127.0.0.1:8080" or "[::1]:8080" with this server's port. */
    private boolean isLocal(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= hostAndPort.lastIndexOf(']')) {
            return false;
        }
        String host = hostAndPort.substring(0, colon);
        return LOCAL_NAMES.contains(host) && hostAndPort.substring(colon + 1).equals(String.valueOf(port));
    }
}
