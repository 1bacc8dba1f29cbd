package io.planscreen.audit.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code planscreen.audit}.
 *
 * @param checkpointCron when the daily signed checkpoint is taken (UTC)
 * @param fairnessMinimumGroup groups smaller than this are shown but not judged by the four-fifths rule
 * @param exportLimit most records one search or export returns
 * @param zone the time zone pages show times in (records stay in UTC)
 */
@ConfigurationProperties("planscreen.audit")
record AuditProperties(
        @DefaultValue Signing signing,
        @DefaultValue("0 5 0 * * *") String checkpointCron,
        @DefaultValue("5") int fairnessMinimumGroup,
        @DefaultValue("10000") int exportLimit,
        @DefaultValue("Asia/Seoul") ZoneId zone) {

    /**
     * The Ed25519 key that signs checkpoints: {@code private-key}/{@code public-key} (base64 PKCS#8 / X.509)
     * when configured, else a key pair generated once into {@code key-directory} (default
     * {@code ~/.planscreen/audit-keys}) only where {@code generate-if-missing} is set (the demo profile, tests):
     * instances sharing a database must share the pair. {@code trusted-public-keys} is the keyring of earlier
     * keys (base64 X.509) whose checkpoints and heads still verify after a rotation.
     */
    record Signing(
            @Nullable String privateKey,
            @Nullable String publicKey,
            @Nullable Path keyDirectory,
            @DefaultValue List<String> trustedPublicKeys,
            @DefaultValue("false") boolean generateIfMissing) {

        Path directory() {
            return keyDirectory != null
                    ? keyDirectory
                    : Path.of(System.getProperty("user.home"), ".planscreen", "audit-keys");
        }
    }
}
