package io.planscreen.shared;

import org.springframework.http.HttpStatus;

/**
 * A stable error code clients can rely on, with its HTTP status. The human text lives in
 * {@code messages*.properties} under {@code problem.<code>.title} and {@code problem.<code>.detail}.
 * Modules add their codes as constants here so the list stays in one place and never collides.
 */
public record ProblemCode(String code, HttpStatus status) {

    public static final ProblemCode UNAUTHENTICATED = new ProblemCode("auth.unauthenticated", HttpStatus.UNAUTHORIZED);
    public static final ProblemCode FORBIDDEN = new ProblemCode("auth.forbidden", HttpStatus.FORBIDDEN);
    public static final ProblemCode TOO_MANY_ATTEMPTS =
            new ProblemCode("auth.too_many_attempts", HttpStatus.TOO_MANY_REQUESTS);
    public static final ProblemCode NOT_FOUND = new ProblemCode("resource.not_found", HttpStatus.NOT_FOUND);
    public static final ProblemCode BAD_REQUEST = new ProblemCode("request.invalid", HttpStatus.BAD_REQUEST);
    public static final ProblemCode METHOD_NOT_ALLOWED =
            new ProblemCode("request.method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED);
    public static final ProblemCode MEDIA_TYPE_NOT_SUPPORTED =
            new ProblemCode("request.media_type_not_supported", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemCode NOT_ACCEPTABLE =
            new ProblemCode("request.not_acceptable", HttpStatus.NOT_ACCEPTABLE);
    public static final ProblemCode CONFLICT = new ProblemCode("request.conflict", HttpStatus.CONFLICT);
    public static final ProblemCode RATE_LIMITED =
            new ProblemCode("request.rate_limited", HttpStatus.TOO_MANY_REQUESTS);
    public static final ProblemCode INTERNAL = new ProblemCode("server.internal", HttpStatus.INTERNAL_SERVER_ERROR);
    public static final ProblemCode UNAVAILABLE = new ProblemCode("server.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    public static final ProblemCode PROGRAM_ID_INVALID = new ProblemCode("program.id_invalid", HttpStatus.BAD_REQUEST);
    public static final ProblemCode PROGRAM_NOT_FOUND = new ProblemCode("program.not_found", HttpStatus.NOT_FOUND);
    public static final ProblemCode APPLICATION_NOT_FOUND =
            new ProblemCode("application.not_found", HttpStatus.NOT_FOUND);

    // intake / parsing
    public static final ProblemCode DOCUMENT_MISSING = new ProblemCode("document.missing", HttpStatus.BAD_REQUEST);
    public static final ProblemCode DOCUMENT_UNSUPPORTED_TYPE =
            new ProblemCode("document.unsupported_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemCode DOCUMENT_TOO_LARGE =
            new ProblemCode("document.too_large", HttpStatus.CONTENT_TOO_LARGE);
    public static final ProblemCode DOCUMENT_TOO_MANY_PAGES =
            new ProblemCode("document.too_many_pages", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_ARCHIVE_BOMB =
            new ProblemCode("document.archive_bomb", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_ENCRYPTED =
            new ProblemCode("document.encrypted", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_UNREADABLE =
            new ProblemCode("document.unreadable", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_PARSE_TIMEOUT =
            new ProblemCode("document.parse_timeout", HttpStatus.UNPROCESSABLE_CONTENT);

    // issue 18: documents the service cannot process, told apart from failures of the service itself
    public static final ProblemCode DOCUMENT_UNPROCESSABLE =
            new ProblemCode("document.unprocessable", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_DRM_PROTECTED =
            new ProblemCode("document.drm_protected", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_DISTRIBUTION_PROTECTED =
            new ProblemCode("document.distribution_protected", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemCode DOCUMENT_PAGE_TOO_LARGE =
            new ProblemCode("document.page_too_large", HttpStatus.UNPROCESSABLE_CONTENT);
}
