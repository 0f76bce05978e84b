package dev.jobpostlint.server;

/**
 * How the local server listens.
 *
 * @param host           the address to bind; loopback unless the user says otherwise
 * @param port           the port, or 0 for any free one
 * @param maxUploadBytes larger uploads are refused with 413
 * @param toolVersion    written into the JSON answers, as in {@code check --format json}
 */
public record ServerOptions(String host, int port, long maxUploadBytes, String toolVersion) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
}
