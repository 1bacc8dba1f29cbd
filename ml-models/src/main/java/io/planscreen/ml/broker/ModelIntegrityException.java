package io.planscreen.ml.broker;

/** A model file does not match its SHA256SUMS line: the artifact was changed or damaged. */
public final class ModelIntegrityException extends IllegalStateException {

    public ModelIntegrityException(String file, String expected, String actual) {
        super("model file " + file + " has SHA-256 " + actual + ", SHA256SUMS says " + expected);
    }
}
