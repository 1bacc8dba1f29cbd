package io.planscreen.audit.internal;

import io.planscreen.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain's canonical serialisation, version 1. A record's hash is the lowercase hex SHA-256 of the
 * UTF-8 bytes of this JSON object, keys in exactly this order, no whitespace:
 *
 * <pre>
 * {"v":1,"id":&lt;id&gt;,"recordedAt":"&lt;ts&gt;","decidedAt":"&lt;ts&gt;","step":"..","actor":"..",
 *  "application":"&lt;uuid&gt;"|null,"modelVersion":..|null,"modelSha256":..|null,"promptPath":..|null,
 *  "promptSha256":..|null,"inputSha256":"..","output":"&lt;output JSON text, as a string&gt;",
 *  "explanation":..|null,"prev":"&lt;previous record's hash&gt;"}
 * </pre>
 *
 * Timestamps are UTC, {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'} (microseconds, what PostgreSQL keeps). Strings
 * escape only {@code "} and {@code \} (as {@code \"}, {@code \\}) and U+0000..U+001F (as backslash, "u00", two
 * lowercase hex digits); everything else is written as is. The output is embedded as a string so the hash covers its
 * exact text. The first record's {@code prev} is 64 zeros; ids run 1, 2, 3, ... without gaps.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {}

    static String hash(AuditRecord r) {
        return sha256(canonical(r));
    }

    static String canonical(AuditRecord r) {
        StringBuilder out = new StringBuilder(256 + r.outputJson().length());
        out.append("{\"v\":1,\"id\":").append(r.id());
        field(out, "recordedAt", timestamp(r.recordedAt()));
        field(out, "decidedAt", timestamp(r.decidedAt()));
        field(out, "step", r.step());
        field(out, "actor", r.actor());
        field(
                out,
                "application",
                r.application() == null ? null : r.application().toString());
        field(out, "modelVersion", r.modelVersion());
        field(out, "modelSha256", r.modelSha256());
        field(out, "promptPath", r.promptPath());
        field(out, "promptSha256", r.promptSha256());
        field(out, "inputSha256", r.inputSha256());
        field(out, "output", r.outputJson());
        field(out, "explanation", r.explanation());
        field(out, "prev", r.prevHash());
        return out.append('}').toString();
    }

    /** What the database keeps of an instant; hash only values that survive the round trip. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(micros(instant));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    static void field(StringBuilder out, String name, @Nullable String value) {
        out.append(",\"").append(name).append("\":");
        string(out, value);
    }

    static void string(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
