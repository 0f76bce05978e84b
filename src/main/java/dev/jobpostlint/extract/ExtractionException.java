package dev.jobpostlint.extract;

/**
 * A posting that could not be read. The message is one line a person can act on ("encrypted PDF",
 * "no text: the PDF holds only scanned images"); it never carries a stack trace to the user.
 */
public final class ExtractionException extends Exception {

    private final boolean notAPosting;

    private ExtractionException(String message, boolean notAPosting, Throwable cause) {
        super(message, cause);
        this.notAPosting = notAPosting;
    }

    public static ExtractionException unreadable(String reason) {
        return new ExtractionException(reason, false, null);
    }

    public static ExtractionException unreadable(String reason, Throwable cause) {
        return new ExtractionException(reason, false, cause);
    }

    public static ExtractionException emptyFile() {
        return new ExtractionException("empty file", false, null);
    }

    /** There is text, but none of it is prose: only markup, code or white space. */
    public static ExtractionException noProse() {
        return new ExtractionException("no text: nothing in the file reads as prose", false, null);
    }

    /** The file is of a kind that is not a posting at all (an image, an archive, a binary). */
    public static ExtractionException notAPosting(String mediaType) {
        return new ExtractionException("not a posting (" + mediaType + ")", true, null);
    }

    /** Whether a directory walk should skip this file quietly rather than report an error. */
    public boolean isNotAPosting() {
        return notAPosting;
    }
}
