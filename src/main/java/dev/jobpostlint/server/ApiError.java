package dev.jobpostlint.server;

/**
 * A request the server refuses, with the HTTP status and a message a person can act on. Answered as JSON
 * {@code {"status": 415, "error": "unsupported-media-type", "message": "..."}}, never with a stack trace.
 */
final class ApiError extends Exception {

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad-request", message);
    }

    static ApiError notFound(String path) {
        return new ApiError(404, "not-found", "no such page or endpoint: " + path);
    }

    static ApiError methodNotAllowed(String method, String allowed) {
        return new ApiError(405, "method-not-allowed", method + " is not allowed here; use " + allowed);
    }

    static ApiError tooLarge(String limit) {
        return new ApiError(413, "payload-too-large", "the upload is larger than the limit of " + limit
                + " (see --max-upload)");
    }

    static ApiError unsupportedType(String what) {
        return new ApiError(415, "unsupported-media-type", what
                + "; send a PDF, DOCX, HTML, Markdown or text file, or paste the text");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
