package io.planscreen.evaluation.bench;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.shared.ApplicationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench e2e}: a warm service, 20-page plans, upload → SCREENED one at a time, then a batch's plans/minute. */
@Command(
        name = "e2e",
        description = "p50/p95 upload→SCREENED of a 20-page plan, one at a time, then plans/minute in a batch")
class E2eBench implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "20")
    int pages = 20;

    @Option(names = "--warmup", defaultValue = "5")
    int warmup = 5;

    @Option(names = "--sequential", defaultValue = "30")
    int sequential = 30;

    @Option(names = "--batch", defaultValue = "100")
    int batch = 100;

    @Option(names = "--auth", defaultValue = "jwt", description = "jwt (a deployment's API clients) or basic")
    BenchService.Auth auth = BenchService.Auth.jwt;

    @Override
    public Integer call() throws Exception {
        // every plan from its own company, as in a call for applications: the reuse lookup compares each
        // with all the others (one company's plans are never compared with each other)
        try (BenchService service = BenchService.start(auth, warmup + sequential + batch)) {
            int company = 0;
            for (int i = 0; i < warmup; i++) {
                service.awaitFinal(
                        service.upload(SamplePlans.psst(i, pages), company++).orElseThrow(), Duration.ofMinutes(2));
            }
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < sequential; i++) {
                byte[] plan = SamplePlans.psst(1000 + i, pages);
                long start = System.nanoTime();
                ApplicationId id = service.upload(plan, company++).orElseThrow();
                ApplicationStatus status = service.awaitFinal(id, Duration.ofMinutes(2));
                latencies.add((System.nanoTime() - start) / 1_000_000);
                if (status != ApplicationStatus.SCREENED) {
                    System.out.println("plan " + i + " ended " + status);
                }
            }
            List<byte[]> plans = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                plans.add(SamplePlans.psst(5000 + i, pages));
            }
            long start = System.nanoTime();
            Duration cpuBefore = BenchCommand.processCpu();
            List<ApplicationId> ids = new ArrayList<>();
            for (byte[] plan : plans) {
                service.upload(plan, company++).ifPresent(ids::add);
            }
            int screened = 0;
            for (ApplicationId id : ids) {
                if (service.awaitFinal(id, Duration.ofMinutes(10)) == ApplicationStatus.SCREENED) {
                    screened++;
                }
            }
            double minutes = (System.nanoTime() - start) / 60e9;
            Duration cpu = BenchCommand.processCpu().minus(cpuBefore);
            System.out.printf(
                    Locale.ROOT,
                    "e2e %d-page plans: p50 %d ms, p95 %d ms (n=%d, one at a time); batch of %d: %d screened in %.1f s = %.0f plans/minute;"
                            + " service CPU %d ms per plan (this JVM: service and benchmark client; PostgreSQL not counted)%n",
                    pages,
                    BenchCommand.percentile(latencies, 50),
                    BenchCommand.percentile(latencies, 95),
                    latencies.size(),
                    batch,
                    screened,
                    minutes * 60,
                    screened / minutes,
                    cpu.toMillis() / Math.max(1, screened));
            return 0;
        }
    }
}
