package io.planscreen.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/audit-benchmark}: appends records from concurrent transactions through the real writer and
 * times appends and a full verification. Appends are permanent (the log is append-only): point it at a
 * scratch database only.
 *
 * <p>A measurement of the writer itself, not a test: it lives beside the package's tests so that the service
 * jar holds no benchmark.
 */
@Command(name = "audit-benchmark", mixinStandardHelpOptions = true)
public final class AuditBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--url", required = true, description = "JDBC URL of a SCRATCH database (records stay)")
    String url;

    @Option(names = "--user", defaultValue = "planscreen_app")
    String user;

    @Option(names = "--password", defaultValue = "planscreen_app")
    String password;

    @Option(names = "--records", defaultValue = "5000")
    int records;

    @Option(names = "--threads", defaultValue = "4")
    int threads;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AuditBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            dataSource.setPassword(password);
            dataSource.setMaximumPoolSize(threads + 1);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            AuditKeys keys = new AuditKeys(CheckpointKey.ephemeral(), List.of());
            AuditLog log = new AuditLog(jdbc, new SignedHead(jdbc, keys));
            ApplicationId application = ApplicationId.random();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = records / threads + (t < records % threads ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        transactions.executeWithoutResult(tx -> log.append(AuditableDecision.system("benchmark")
                                .decided(
                                        application,
                                        "benchmark.append",
                                        "cd".repeat(32),
                                        "{\"probability\":0.42,\"flagged\":false,\"band\":\"LOW\"}",
                                        "benchmark")
                                .withModel("v1", "ab".repeat(32))));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            long verifyStart = System.nanoTime();
            VerificationReport report =
                    transactions.execute(tx -> new ChainVerifier(dataSource, keys.trusted()).verify());
            double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
            System.out.printf(
                    "appended %d records from %d threads in %.2f s (%.0f records/s)%n",
                    records, threads, appendSeconds, records / appendSeconds);
            System.out.printf(
                    "verified %d records in %.2f s (%.0f records/s), chain %s%n",
                    report.recordsChecked(),
                    verifySeconds,
                    report.recordsChecked() / verifySeconds,
                    report.chainValid() ? "valid" : "BROKEN at " + report.brokenRecordId());
            return report.chainValid() ? 0 : 1;
        }
    }
}
