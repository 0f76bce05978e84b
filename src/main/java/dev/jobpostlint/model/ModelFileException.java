package dev.jobpostlint.model;

/** A model file that cannot be used, with a one-line reason naming the file. */
public final class ModelFileException extends Exception {
    public ModelFileException(String file, String reason) {
        super(file + ": " + reason);
    }
}
