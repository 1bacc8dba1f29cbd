package io.planscreen.extraction.internal;

import java.util.Optional;

/**
 * A public registry that can vouch for what a company would otherwise attach (e.g. the national tax
 * service's business-status look-up replaces a copy of the 사업자등록증). Pluggable: the HTTP
 * implementation is configured by URL and disabled by default; nothing here can reach the real one.
 */
interface BusinessRegistry {

    /** The look-up's name as program definitions refer to it, e.g. "nts-business-status". */
    String lookup();

    /** Empty when disabled, unreachable or not answering for this number (the company attaches the document). */
    Optional<BusinessStatus> status(String brn);

    /**
     * @param active 계속사업자 (continuing business)
     * @param statusText the registry's own words, e.g. "계속사업자", "휴업자", "폐업자"
     */
    record BusinessStatus(String brn, boolean active, String statusText, String taxType) {}
}
