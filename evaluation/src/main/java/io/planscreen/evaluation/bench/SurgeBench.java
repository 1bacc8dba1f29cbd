package io.planscreen.evaluation.bench;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.shared.ApplicationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench surge}: loopback uploads at a fixed rate for a bounded time; upload latency, and none lost. */
@Command(
        name = "surge",
        description = "uploads at a fixed rate for a bounded time on loopback; p99 upload latency; none lost")
class SurgeBench implements Callable<Integer> {

    @Option(names = "--rate", defaultValue = "20")
    int rate = 20;

    @Option(names = "--seconds", defaultValue = "60")
    int seconds = 60;

    @Option(names = "--pages", defaultValue = "5")
    int pages = 5;

    @Option(names = "--drain", defaultValue = "PT15M", description = "how long to wait for every upload to finish")
    Duration drain = Duration.ofMinutes(15);

    @Option(
            names = "--distinct",
            defaultValue = "40",
            description = "different plans sent in turn; a plan sent again answers as a duplicate")
    int distinct = 40;

    @Option(names = "--auth", defaultValue = "jwt", description = "jwt (a deployment's API clients) or basic")
    BenchService.Auth auth = BenchService.Auth.jwt;

    @Override
    public Integer call() throws Exception {
        // plan k always from company k (of --distinct): a plan sent again is that company's duplicate
        try (BenchService service = BenchService.start(auth, Math.max(1, distinct))) {
            List<byte[]> plans = new ArrayList<>();
            int seed = ThreadLocalRandom.current().nextInt(1_000_000);
            for (int i = 0; i < Math.max(1, distinct); i++) {
                plans.add(SamplePlans.psst(seed + i, pages));
            }
            int total = rate * seconds;
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<ApplicationId> accepted = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(16);
            long periodMicros = 1_000_000L / rate;
            for (int i = 0; i < total; i++) {
                int k = i % plans.size();
                byte[] plan = plans.get(k);
                clock.schedule(
                        () -> {
                            long start = System.nanoTime();
                            try {
                                Optional<ApplicationId> id = service.upload(plan, k);
                                latencies.add((System.nanoTime() - start) / 1_000_000);
                                id.ifPresentOrElse(accepted::add, () -> refused.add("refused"));
                            } catch (Exception e) {
                                refused.add(e.toString());
                            }
                        },
                        i * periodMicros,
                        TimeUnit.MICROSECONDS);
            }
            clock.shutdown();
            clock.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            long drainStart = System.nanoTime();
            int finished = 0;
            int screened = 0;
            for (ApplicationId id : accepted) {
                long left = drain.toNanos() - (System.nanoTime() - drainStart);
                ApplicationStatus status = service.awaitFinal(id, Duration.ofNanos(Math.max(left, 0)));
                if (status.isFinal() || status == ApplicationStatus.SCREENED) {
                    finished++;
                }
                if (status == ApplicationStatus.SCREENED) {
                    screened++;
                }
            }
            List<Long> sorted = new ArrayList<>(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "surge %d/s for %d s (%s): %d uploads, %d accepted (%d applications), %d refused;"
                            + " upload p50 %d ms, p99 %d ms, max %d ms;"
                            + " %d of %d accepted reached a final state (%d screened), %d not final within the drain; drained in %.0f s%n",
                    rate,
                    seconds,
                    auth,
                    total,
                    accepted.size(),
                    new HashSet<>(accepted).size(),
                    refused.size(),
                    BenchCommand.percentile(sorted, 50),
                    BenchCommand.percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : Collections.max(sorted),
                    finished,
                    accepted.size(),
                    screened,
                    accepted.size() - finished,
                    (System.nanoTime() - drainStart) / 1e9);
            if (!refused.isEmpty()) {
                System.out.println(
                        "refused, e.g.: " + (service.lastRefusal != null ? service.lastRefusal : refused.peek()));
            }
            return refused.isEmpty() && accepted.size() == finished ? 0 : 1;
        }
    }
}
