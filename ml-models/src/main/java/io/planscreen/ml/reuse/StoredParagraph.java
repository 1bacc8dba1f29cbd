package io.planscreen.ml.reuse;

/** A paragraph already on file: which plan and company it belongs to, and its signature. */
public record StoredParagraph(String plan, String company, int ordinal, MinHashSignature signature) {}
