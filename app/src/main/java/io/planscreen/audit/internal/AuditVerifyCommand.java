package io.planscreen.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scripts/audit-verify}: recomputes the chain straight from the database, checks every stored
 * checkpoint and, with {@code --checkpoint}, an exported checkpoint kept outside the database. Exit code 0
 * when everything holds, 1 when something is broken (the first broken record is named), 2 on usage errors.
 */
@Command(
        name = "audit-verify",
        mixinStandardHelpOptions = true,
        description = "Verifies planscreen's hash-chained audit log and its signed checkpoints.")
final class AuditVerifyCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(
            names = "--url",
            description = "JDBC URL (default: $PLANSCREEN_DB_URL or jdbc:postgresql://127.0.0.1:5432/planscreen)")
    String url = env("PLANSCREEN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/planscreen");

    @Option(names = "--user", description = "database user (default: $PLANSCREEN_DB_USER or planscreen_app)")
    String user = env("PLANSCREEN_DB_USER", "planscreen_app");

    @Option(names = "--password", description = "database password (default: $PLANSCREEN_DB_PASSWORD)")
    String password = env("PLANSCREEN_DB_PASSWORD", "planscreen_app");

    @Option(
            names = "--key-dir",
            description = "directory holding checkpoint-ed25519.pub (default: ~/.planscreen/audit-keys)")
    Path keyDirectory = Path.of(System.getProperty("user.home"), ".planscreen", "audit-keys");

    @Option(names = "--trusted-key", description = "further trusted public keys, base64 X.509 (repeatable)")
    List<String> trustedKeys = List.of();

    @Option(names = "--checkpoint", description = "an exported checkpoint JSON file to check against the chain")
    Path checkpointFile;

    @Option(names = "--json", description = "print the full report as JSON")
    boolean json;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AuditVerifyCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Set<String> trusted = new LinkedHashSet<>(trustedKeys);
        // the keyring the service is configured with
        for (String key : (env("PLANSCREEN_AUDIT_SIGNING_PUBLIC_KEY", "") + ","
                        + env("PLANSCREEN_AUDIT_TRUSTED_PUBLIC_KEYS", ""))
                .split(",")) {
            if (!key.isBlank()) {
                trusted.add(key.strip());
            }
        }
        Path publicFile = keyDirectory.resolve(CheckpointKey.PUBLIC_FILE);
        if (Files.exists(publicFile)) {
            trusted.add(Files.readString(publicFile).strip());
        }
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            ChainVerifier verifier = new ChainVerifier(dataSource, trusted);
            VerificationReport report = verifier.verify();
            boolean anchoredValid = true;
            if (checkpointFile != null) {
                Checkpoint anchored = JSON.readValue(Files.readString(checkpointFile), Checkpoint.class);
                Map<Long, String> hashes = verifier.hashesAt(Set.of(anchored.headRecordId()));
                VerificationReport.CheckpointCheck check = verifier.check(anchored, hashes);
                anchoredValid = check.valid();
                System.out.printf(
                        "anchored checkpoint (head %d): signature %s, key %s, head %s%n",
                        check.headRecordId(),
                        check.signatureValid() ? "valid" : "INVALID",
                        check.keyTrusted() ? "trusted" : "NOT TRUSTED",
                        check.headMatches() ? "matches the chain" : "DOES NOT MATCH the chain");
            }
            connection.rollback();
            print(report);
            return report.valid() && anchoredValid ? 0 : 1;
        } finally {
            dataSource.destroy();
        }
    }

    private void print(VerificationReport report) {
        if (json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return;
        }
        if (report.chainValid()) {
            System.out.printf(
                    "chain valid: %d records, head %d %s%n",
                    report.recordsChecked(), report.headId(), report.headHash());
        } else {
            System.out.printf(
                    "chain BROKEN at record %d (%s): %s%n", report.brokenRecordId(), report.problem(), report.detail());
        }
        for (VerificationReport.CheckpointCheck c : report.checkpoints()) {
            if (!c.valid()) {
                System.out.printf(
                        "checkpoint %d (head %d) INVALID: signature %s, key %s, head %s%n",
                        c.id(),
                        c.headRecordId(),
                        c.signatureValid() ? "valid" : "invalid",
                        c.keyTrusted() ? "trusted" : "not trusted",
                        c.headMatches() ? "matches" : "does not match");
            }
        }
        System.out.printf(
                "checkpoints: %d, %s%n",
                report.checkpoints().size(), report.checkpointsValid() ? "all valid" : "SOME INVALID");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
