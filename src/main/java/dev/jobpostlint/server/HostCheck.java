package dev.jobpostlint.server;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;

/**
 * On a loopback address, answers only requests addressed to this machine by name or number. A web page
 * elsewhere could otherwise point a name of its own at 127.0.0.1 (DNS rebinding) and read the answers.
 */
final class HostCheck {

    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopback;

    HostCheck(InetSocketAddress bound) {
        this.loopback = bound.getAddress().isLoopbackAddress();
    }

    void check(String hostHeader) throws ApiError {
        if (!loopback || hostHeader == null) {
            return;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            host = host.substring(0, colon);
        }
        if (!LOCAL_NAMES.contains(host) && !host.startsWith("127.")) {
            throw new ApiError(403, "forbidden-host", "this server answers only on localhost");
        }
    }
}
