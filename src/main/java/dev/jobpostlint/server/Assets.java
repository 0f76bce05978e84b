package dev.jobpostlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The page's files, read from the jar once at start-up and served from memory. */
final class Assets {

    record Asset(String contentType, byte[] content) {
    }

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/app.css", "app.css",
            "/app.js", "app.js",
            "/favicon.svg", "favicon.svg");

    private final Map<String, Asset> byPath;

    private Assets(Map<String, Asset> byPath) {
        this.byPath = byPath;
    }

    static Assets load() {
        Map<String, Asset> assets = new HashMap<>();
        FILES.forEach((path, file) -> assets.put(path, new Asset(contentType(file), read(file))));
        assets.put("/index.html", assets.get("/"));
        return new Assets(Map.copyOf(assets));
    }

    Optional<Asset> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private static String contentType(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "image/svg+xml";
    }

    private static byte[] read(String file) {
        try (InputStream in = Assets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
