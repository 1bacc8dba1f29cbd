package io.planscreen.shared;

/** The document formats planscreen accepts, detected from content (never from name or Content-Type). */
public enum DocumentType {
    PDF("application/pdf"),
    HWP("application/x-hwp"),
    HWPX("application/hwp+zip"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
