package io.planscreen.extraction;

import io.planscreen.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A released prompt ({@code prompts/<task>/v<N>/system.txt} and {@code user.txt} on the classpath) and the
 * SHA-256 every result made with it records: of the system text, a NUL, and the user template.
 *
 * @param path e.g. "prompts/rubric/v1"
 */
public record VersionedPrompt(String path, String system, String user, String sha256) {

    public static VersionedPrompt load(String path) {
        String system = resource(path + "/system.txt");
        String user = resource(path + "/user.txt");
        return new VersionedPrompt(path, system, user, sha256(system + "\u0000" + user));
    }

    private static String resource(String path) {
        try (InputStream in = VersionedPrompt.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("prompt " + path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
