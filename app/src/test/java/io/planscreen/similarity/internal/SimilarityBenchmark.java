package io.planscreen.similarity.internal;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.MinHashSignature;
import io.planscreen.ml.reuse.NgramVector;
import io.planscreen.ml.reuse.PlanNeighbourhood;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.ml.reuse.ReuseMatcher;
import io.planscreen.ml.reuse.TemplateRule;
import io.planscreen.similarity.ReuseReport;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code scripts/bench-similarity}: stores N synthetic Korean plans (template paragraphs, own text,
 * and paragraphs reused across clients by "brokers") through the reuse tables, builds the HNSW and LSH
 * band indexes,
 * then looks up edited copies with the service's own {@link ReuseFinder}: latency percentiles, and
 * recall of reused paragraph pairs against an exhaustive comparison with every stored paragraph. Every plan
 * is in one program, stored one after another (plan p at a fixed instant + p ms), so the whole-plan
 * neighbourhood reads the newest {@link PlanNeighbourhood#POOL} of all N plans: the worst case.
 *
 * <p>A measurement of this package's internals (lookup stages, working set), not a test: it lives beside the
 * package's tests so that the service jar holds no benchmark and the store stays package-private.
 */
public final class SimilarityBenchmark {

    private static final String PROGRAM = "bench-psst";

    private static final String SYLLABLES = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추기니디리미비시이지치";

    private static final int EVIDENCE = 8;

    /** Plan p is stored at this instant + p ms: the order the neighbourhood's pool follows. */
    private static final java.time.Instant STORED_FROM = java.time.Instant.parse("2026-01-01T00:00:00Z");

    /** V5_6's neighbourhood index, built after the load like the others. */
    private static final String RECENT_INDEX = "create index reuse_plan_signature_recent_idx on reuse_plan_signature "
            + "(program_id, stored_at desc, application_id desc) include (company_id, signature)";

    private SimilarityBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int plans = Integer.parseInt(o.getOrDefault("plans", "100000"));
        int queries = Integer.parseInt(o.getOrDefault("queries", "200"));
        String url = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/planscreen_bench_similarity");
        String user = o.getOrDefault("user", "planscreen_owner");
        String password = o.getOrDefault("password", "planscreen_owner");
        Random random = new Random(Long.parseLong(o.getOrDefault("seed", "7")));
        // reuse the plans a previous run stored in the same database (a 100,000-plan build takes minutes)
        boolean reuseDb = Boolean.parseBoolean(o.getOrDefault("reuse-db", "false"));

        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", "planscreen_app"))
                .outOfOrder(true)
                .load()
                .migrate();
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, password, true);
        PlanSignatureRows signatureRows = new PlanSignatureRows(ds);
        Connection c = ds.getConnection();
        if (reuseDb) {
            int stored;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from reuse_plan")) {
                rs.next();
                stored = rs.getInt(1);
            }
            if (stored != plans) {
                throw new IllegalStateException("--reuse-db: the database holds %d plans, not %d; run once without it"
                        .formatted(stored, plans));
            }
        } else {
            try (Statement s = c.createStatement()) {
                s.execute(
                        "truncate reuse_plan, reuse_paragraph, reuse_band, reuse_template_key, reuse_template_count, "
                                + "reuse_program_company, reuse_program_count, reuse_report, reuse_plan_signature, reuse_plan_band cascade");
                s.execute("drop index if exists reuse_band_key_idx");
                s.execute("drop index if exists reuse_plan_band_key_idx");
                s.execute("drop index if exists reuse_paragraph_id_idx");
                s.execute("drop index if exists reuse_paragraph_candidate_idx");
                s.execute("drop index if exists reuse_plan_vector_idx");
                s.execute("drop index if exists reuse_plan_signature_recent_idx");
                s.execute("alter table reuse_template_key drop constraint if exists reuse_template_key_pkey");
                s.execute("alter table reuse_paragraph drop constraint if exists reuse_paragraph_pkey cascade");
            }
        }

        String[] vocabulary = new String[20000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random);
        }
        String[] templates = {
            "※ 작성 요령: 창업 아이템의 개발 동기와 목적, 국내외 시장 현황 및 문제점을 구체적으로 기재합니다.",
            "※ 작성 요령: 사업화 추진 일정과 자금 소요 및 조달 계획, 팀 구성 현황을 표와 함께 작성합니다."
        };
        String[] brokerPool = new String[3000];
        for (int i = 0; i < brokerPool.length; i++) {
            brokerPool[i] = sentence(random, vocabulary, 28);
        }

        int[] signatures = new int[plans * EVIDENCE * MinHashSignature.SIZE];
        int[] planSignatures = new int[plans * PlanSignature.SIZE];
        double planSeconds = 0;
        UUID[] applications = new UUID[plans];
        List<String>[] texts = new List[plans];
        double loadSeconds = 0, indexSeconds = 0;
        if (reuseDb) {
            long r = System.nanoTime();
            readBack(c, signatures, applications, texts);
            log("read back %d stored plans (%.0f s); load and index build not re-measured"
                    .formatted(plans, (System.nanoTime() - r) / 1e9));
            IntStream.range(0, plans)
                    .parallel()
                    .forEach(p -> System.arraycopy(
                            planSignature(texts[p], templates).values(),
                            0,
                            planSignatures,
                            p * PlanSignature.SIZE,
                            PlanSignature.SIZE));
            planSeconds = backfillPlanSignatures(c, applications, planSignatures);
        } else {
            log("generating and storing %d plans (%d evidence + 2 template paragraphs each)"
                    .formatted(plans, EVIDENCE));
            long t0 = System.nanoTime();
            // the driver is a runtime dependency: reach its COPY API reflectively
            Object pg = c.unwrap(Class.forName("org.postgresql.PGConnection"));
            Object copyApi = pg.getClass().getMethod("getCopyAPI").invoke(pg);
            java.lang.reflect.Method copyIn =
                    copyApi.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
            int batch = 5000;
            for (int start = 0; start < plans; start += batch) {
                int end = Math.min(plans, start + batch);
                StringBuilder planRows = new StringBuilder();
                StringBuilder paragraphRows = new StringBuilder();
                StringBuilder keyRows = new StringBuilder();
                StringBuilder bandRows = new StringBuilder();
                StringBuilder planSignatureRows = new StringBuilder();
                StringBuilder planBandRows = new StringBuilder();
                List<List<String>> generated = new ArrayList<>();
                for (int p = start; p < end; p++) {
                    List<String> evidence = new ArrayList<>();
                    int reused = random.nextInt(4);
                    for (int k = 0; k < EVIDENCE; k++) {
                        evidence.add(
                                k < reused
                                        ? edit(brokerPool[random.nextInt(brokerPool.length)], random, vocabulary)
                                        : sentence(random, vocabulary, 28));
                    }
                    generated.add(evidence);
                }
                int base = start;
                IntStream.range(0, end - start).parallel().forEach(i -> {
                    List<String> ev = generated.get(i);
                    for (int k = 0; k < EVIDENCE; k++) {
                        int[] v = MinHashSignature.of(ev.get(k)).values();
                        System.arraycopy(
                                v, 0, signatures, ((base + i) * EVIDENCE + k) * MinHashSignature.SIZE, v.length);
                    }
                    System.arraycopy(
                            planSignature(ev, templates).values(),
                            0,
                            planSignatures,
                            (base + i) * PlanSignature.SIZE,
                            PlanSignature.SIZE);
                });
                for (int p = start; p < end; p++) {
                    UUID app = new UUID(random.nextLong(), random.nextLong());
                    UUID company = new UUID(random.nextLong(), random.nextLong());
                    applications[p] = app;
                    List<String> ev = generated.get(p - start);
                    texts[p] = ev;
                    planRows.append(app)
                            .append('\t')
                            .append(company)
                            .append('\t')
                            .append(PROGRAM)
                            .append('\t')
                            .append(EVIDENCE + 2)
                            .append('\t')
                            .append(ReuseJdbc.literal(NgramVector.of(ev)))
                            .append('\t')
                            .append(STORED_FROM.plusMillis(p))
                            .append('\n');
                    appendPlanSignature(
                            planSignatureRows,
                            planBandRows,
                            app,
                            company,
                            STORED_FROM.plusMillis(p).toString(),
                            planSignature(planSignatures, p));
                    Set<Long> keys = new HashSet<>();
                    for (int k = 0; k < EVIDENCE + 2; k++) {
                        boolean template = k >= EVIDENCE;
                        String text = template ? templates[k - EVIDENCE] : ev.get(k);
                        MinHashSignature sig = template
                                ? MinHashSignature.of(text)
                                : new MinHashSignature(Arrays.copyOfRange(
                                        signatures,
                                        (p * EVIDENCE + k) * MinHashSignature.SIZE,
                                        (p * EVIDENCE + k + 1) * MinHashSignature.SIZE));
                        long id = (long) p * (EVIDENCE + 2) + k + 1;
                        if (!template) {
                            for (long band : sig.bandKeys()) {
                                bandRows.append(band).append('\t').append(id).append('\n');
                            }
                        }
                        paragraphRows
                                .append(id)
                                .append('\t')
                                .append(app)
                                .append('\t')
                                .append(k)
                                .append("\tPSST_PROBLEM\t")
                                .append(text)
                                .append("\t\\\\x")
                                .append(HexFormat.of().formatHex(sig.toBytes()))
                                .append('\t')
                                .append(template ? 't' : 'f')
                                .append('\t')
                                .append(company)
                                .append('\n');
                        for (long key : sig.templateKeys()) {
                            keys.add(key);
                        }
                    }
                    for (long key : keys) {
                        keyRows.append(PROGRAM)
                                .append('\t')
                                .append(key)
                                .append('\t')
                                .append(company)
                                .append('\n');
                    }
                }
                copyIn.invoke(
                        copyApi,
                        "copy reuse_plan (application_id, company_id, program_id, paragraphs, plan_vector, stored_at) from stdin",
                        new StringReader(planRows.toString()));
                copyIn.invoke(
                        copyApi,
                        "copy reuse_paragraph (id, application_id, ordinal, section_kind, text, signature, template, company_id) from stdin",
                        new StringReader(paragraphRows.toString()));
                copyIn.invoke(
                        copyApi,
                        "copy reuse_band (band_key, paragraph_id) from stdin",
                        new StringReader(bandRows.toString()));
                copyIn.invoke(
                        copyApi,
                        "copy reuse_template_key (program_id, key, company_id) from stdin",
                        new StringReader(keyRows.toString()));
                copyPlanSignatures(copyIn, copyApi, planSignatureRows, planBandRows);
                if (end % 20000 == 0 || end == plans) {
                    log("  %d plans stored (%.0f s)".formatted(end, (System.nanoTime() - t0) / 1e9));
                }
            }
            loadSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("set maintenance_work_mem = '1GB'");
                s.execute("alter table reuse_paragraph add primary key (application_id, ordinal)");
                s.execute("create unique index reuse_paragraph_id_idx on reuse_paragraph (id)");
                s.execute("create index reuse_paragraph_candidate_idx on reuse_paragraph (id) "
                        + "include (company_id, application_id, ordinal, signature) where not template");
                s.execute(
                        "select setval(pg_get_serial_sequence('reuse_paragraph', 'id'), (select max(id) from reuse_paragraph))");
                long b = System.nanoTime();
                s.execute("create index reuse_band_key_idx on reuse_band (band_key) include (paragraph_id)");
                log("  LSH band index built (%.0f s)".formatted((System.nanoTime() - b) / 1e9));
                long pb = System.nanoTime();
                s.execute(
                        "create index reuse_plan_band_key_idx on reuse_plan_band (band_key) include (application_id)");
                log("  whole-plan band index built (%.0f s)".formatted((System.nanoTime() - pb) / 1e9));
                s.execute(RECENT_INDEX);
                s.execute("alter table reuse_template_key add primary key (program_id, key, company_id)");
                s.execute("insert into reuse_template_count (program_id, key, companies) "
                        + "select program_id, key, count(*) from reuse_template_key group by program_id, key");
                s.execute(
                        "insert into reuse_program_company (program_id, company_id) "
                                + "select distinct program_id, company_id from reuse_plan union select distinct '*', company_id from reuse_plan");
                s.execute("insert into reuse_program_count (program_id, companies) "
                        + "select program_id, count(*) from reuse_program_company group by program_id");
                log("  b-tree indexes built (%.0f s)".formatted((System.nanoTime() - t1) / 1e9));
                long h = System.nanoTime();
                s.execute(
                        "create index reuse_plan_vector_idx on reuse_plan using hnsw (plan_vector vector_cosine_ops) with (m = 16, ef_construction = 64)");
                log("  HNSW index built (%.0f s)".formatted((System.nanoTime() - h) / 1e9));
                s.execute("analyze reuse_plan");
                s.execute("vacuum analyze reuse_paragraph");
                s.execute("analyze reuse_template_key");
                s.execute("vacuum analyze reuse_band");
                s.execute("vacuum analyze reuse_plan_band");
                s.execute("vacuum analyze reuse_plan_signature");
            }
            indexSeconds = (System.nanoTime() - t1) / 1e9;
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select 'hnsw', pg_relation_size('reuse_plan_vector_idx') union all "
                                + "select 'reuse_plan', pg_total_relation_size('reuse_plan') union all "
                                + "select 'reuse_paragraph', pg_total_relation_size('reuse_paragraph') union all "
                                + "select 'reuse_band', pg_relation_size('reuse_band') union all "
                                + "select 'reuse_band_key_idx', pg_relation_size('reuse_band_key_idx') union all "
                                + "select 'reuse_template_key', pg_total_relation_size('reuse_template_key') union all "
                                + "select 'reuse_template_count', pg_total_relation_size('reuse_template_count') union all "
                                + "select 'reuse_plan_signature', pg_total_relation_size('reuse_plan_signature') union all "
                                + "select 'reuse_plan_band', pg_relation_size('reuse_plan_band') union all "
                                + "select 'reuse_plan_band_key_idx', pg_relation_size('reuse_plan_band_key_idx') union all "
                                + "select 'reuse_plan_signature_recent_idx', pg_relation_size('reuse_plan_signature_recent_idx')")) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
        }

        int candidatePlans = Integer.parseInt(o.getOrDefault("candidate-plans", "0"));
        ReuseWorkingSet workingSet = new ReuseWorkingSet(ds, candidatePlans > 0);
        if (Boolean.parseBoolean(o.getOrDefault("prewarm", "false"))) {
            log(workingSet.prewarm().describe());
        }
        ReuseFinder finder = new ReuseFinder(
                ds, new ReuseFinder.Settings(candidatePlans, 64, TemplateRule.DEFAULT, 1000, PlanNeighbourhood.POOL));
        long[] latencies = new long[queries];
        long[] planLatencies = new long[queries];
        long[] neighbourhoodLatencies = new long[queries];
        long neighbourhoodExact = 0;
        // the pool every lookup must compare with: the newest POOL stored plans (all of other companies)
        List<PlanReuse.Stored> newest = new ArrayList<>();
        for (int p = plans - 1; p >= 0 && newest.size() < PlanNeighbourhood.POOL; p--) {
            newest.add(new PlanReuse.Stored(applications[p].toString(), "stored", planSignature(planSignatures, p)));
        }
        long exactPairs = 0, foundPairs = 0, sourcesFound = 0, planSourcesFound = 0, planBestFound = 0;
        long planHalfQueries = 0, planHalfFound = 0;
        // a running service has compiled its lookup path and cached the indexes' upper pages: the first
        // lookups (JIT, cold caches) are run but not counted
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "20"));
        log("%d warm-up lookups (not counted), then %d measured".formatted(warmup, queries));
        // counted from the first measured lookup (this start value only when there is none)
        ReuseWorkingSet.BlockCounts blocksBefore = workingSet.blockCounts();
        for (int q = -warmup; q < queries; q++) {
            if (q == 0) {
                blocksBefore = workingSet.blockCounts();
            }
            int source = random.nextInt(plans);
            boolean partial = q % 3 == 0;
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(templates[0]);
            for (int k = 0; k < EVIDENCE; k++) {
                String original = texts[source].get(k);
                paragraphs.add(
                        partial && k % 2 == 1
                                ? sentence(random, vocabulary, 28)
                                : random.nextDouble() < 0.7 ? edit(original, random, vocabulary) : original);
            }
            paragraphs.add(templates[1]);
            PlanText plan = new PlanText(
                    "ko", "PSST", List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)), List.of());
            UUID company = UUID.randomUUID();
            long s = System.nanoTime();
            ReuseFinder.Prepared prepared = finder.prepare(plan, PROGRAM);
            long prepareNanos = System.nanoTime() - s;
            ReuseReport report = finder.find(prepared, company);
            long total = System.nanoTime() - s;
            // the whole-plan stage on its own (its share of the lookup above), timed again after it
            long w = System.nanoTime();
            signatureRows.planCandidates(prepared.planSignature().bandKeys(), company);
            long wholePlan = System.nanoTime() - w;
            // the neighbourhood (pool read and comparison) on its own, likewise
            long nb = System.nanoTime();
            finder.neighbourhood(prepared, company);
            long neighbourhoodNanos = System.nanoTime() - nb;
            if (q < 0) {
                continue;
            }
            latencies[q] = total;
            planLatencies[q] = wholePlan;
            neighbourhoodLatencies[q] = neighbourhoodNanos;
            PlanNeighbourhood expected = PlanNeighbourhood.of(company.toString(), prepared.planSignature(), newest);
            if (expected.equals(new PlanNeighbourhood(
                    report.planNeighbour1(),
                    report.planNeighbours2to4(),
                    report.planNeighbours5to20(),
                    report.planNeighbours21to60()))) {
                neighbourhoodExact++;
            }
            if (q < 3) {
                log("  lookup %d: prepare %.1f ms, find %.1f ms"
                        .formatted(q, prepareNanos / 1e6, (latencies[q] - prepareNanos) / 1e6));
            }

            Set<String> approx = new HashSet<>();
            for (ReuseReport.ReuseCluster cluster : report.clusters()) {
                for (ReuseReport.Member m : cluster.members()) {
                    approx.add(cluster.span().paragraph() + "#" + m.application() + "#"
                            + m.span().paragraph());
                }
            }
            Set<String> exact = new HashSet<>();
            for (ReuseStore.Paragraph p : prepared.evidence()) {
                int[] qv = p.signature().values();
                for (int i = 0, n = plans * EVIDENCE; i < n; i++) {
                    int off = i * MinHashSignature.SIZE, eq = 0;
                    for (int j = 0; j < MinHashSignature.SIZE; j++) {
                        if (signatures[off + j] == qv[j]) eq++;
                    }
                    if ((double) eq / MinHashSignature.SIZE >= ReuseMatcher.THRESHOLD) {
                        exact.add(p.ordinal() + "#" + applications[i / EVIDENCE] + "#" + (i % EVIDENCE));
                    }
                }
            }
            exactPairs += exact.size();
            foundPairs += exact.stream().filter(approx::contains).count();
            if (report.passages().stream()
                    .anyMatch(x -> x.otherApplication().value().equals(applications[source]))) {
                sourcesFound++;
            }
            if (report.similarPlan() != null && report.similarPlan().value().equals(applications[source])) {
                planSourcesFound++;
            }
            // whole plan: the best other plan by exhaustive comparison with every stored signature
            int[] pq = prepared.planSignature().values();
            int bestEqual = 0;
            for (int i = 0; i < plans; i++) {
                int off = i * PlanSignature.SIZE, eq = 0;
                for (int j = 0; j < PlanSignature.SIZE; j++) {
                    if (planSignatures[off + j] == pq[j]) eq++;
                }
                bestEqual = Math.max(bestEqual, eq);
            }
            boolean bestFound = Math.abs(report.planSimilarity() - (double) bestEqual / PlanSignature.SIZE) < 1e-9;
            if (bestFound) {
                planBestFound++;
            }
            if (bestEqual >= PlanSignature.SIZE / 2) {
                planHalfQueries++;
                planHalfFound += bestFound ? 1 : 0;
            }
            if ((q + 1) % 50 == 0) {
                log("  %d / %d lookups".formatted(q + 1, queries));
            }
        }
        ReuseWorkingSet.BlockCounts blocks = workingSet.blockCounts().since(blocksBefore);
        Arrays.sort(latencies);
        log("RESULT plans=%d paragraphs=%d queries=%d (after %d warm-up lookups)"
                .formatted(plans, plans * (EVIDENCE + 2), queries, warmup));
        log(
                reuseDb
                        ? "RESULT load and index build: not measured (--reuse-db)"
                        : "RESULT load %.1f s, index build %.1f s (HNSW + b-trees)"
                                .formatted(loadSeconds, indexSeconds));
        sizes.forEach((k, v) -> log("RESULT size %s %.1f MB".formatted(k, v / 1048576.0)));
        log("RESULT lookup latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                .formatted(
                        pct(latencies, 0.50),
                        pct(latencies, 0.95),
                        pct(latencies, 0.99),
                        latencies[latencies.length - 1] / 1e6));
        log(("RESULT reuse working set (%.0f MB): %d blocks found in shared_buffers, %d read from outside it "
                        + "(page cache or disk) during the measured lookups and their stage re-timings")
                .formatted(workingSet.bytes() / 1048576.0, blocks.hit(), blocks.read()));
        Arrays.sort(planLatencies);
        log("RESULT whole-plan candidate read alone (part of the lookup): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms"
                .formatted(pct(planLatencies, 0.50), pct(planLatencies, 0.95), pct(planLatencies, 0.99)));
        Arrays.sort(neighbourhoodLatencies);
        log(("RESULT whole-plan neighbourhood alone (part of the lookup: newest %d plans of the program read and "
                        + "compared): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms")
                .formatted(
                        PlanNeighbourhood.POOL,
                        pct(neighbourhoodLatencies, 0.50),
                        pct(neighbourhoodLatencies, 0.95),
                        pct(neighbourhoodLatencies, 0.99)));
        log("RESULT neighbourhood equals the exhaustive one over the newest %d stored plans for %d of %d lookups"
                .formatted(PlanNeighbourhood.POOL, neighbourhoodExact, queries));
        log("RESULT recall of reused paragraph pairs vs exhaustive search: %.4f (%d of %d)"
                .formatted(exactPairs == 0 ? 1.0 : (double) foundPairs / exactPairs, foundPairs, exactPairs));
        log("RESULT source plan found for %d of %d edited copies".formatted(sourcesFound, queries));
        log("RESULT whole plan: source plan is the best whole-plan match for %d of %d edited copies; best whole-plan"
                        .formatted(planSourcesFound, queries)
                + " similarity equals the exhaustive best for %d of %d".formatted(planBestFound, queries)
                + " (for %d of the %d copies whose exhaustive best is ≥ 0.5)"
                        .formatted(planHalfFound, planHalfQueries));
        if (planSeconds > 0) {
            log("RESULT whole-plan signatures backfilled into the reused database in %.1f s".formatted(planSeconds));
        }
        ds.destroy();
    }

    /** The whole-plan signature of a stored benchmark plan: its evidence paragraphs, then the two template ones. */
    private static PlanSignature planSignature(List<String> evidence, String[] templates) {
        List<String> all = new ArrayList<>(evidence);
        all.addAll(List.of(templates));
        return PlanSignature.of(all);
    }

    private static PlanSignature planSignature(int[] planSignatures, int p) {
        return new PlanSignature(
                Arrays.copyOfRange(planSignatures, p * PlanSignature.SIZE, (p + 1) * PlanSignature.SIZE));
    }

    private static void appendPlanSignature(
            StringBuilder signatureRows,
            StringBuilder bandRows,
            UUID app,
            UUID company,
            String storedAt,
            PlanSignature signature) {
        signatureRows
                .append(app)
                .append('\t')
                .append(company)
                .append('\t')
                .append(PROGRAM)
                .append('\t')
                .append(storedAt)
                .append("\t\\\\x")
                .append(HexFormat.of().formatHex(signature.toBytes()))
                .append('\n');
        for (long band : signature.bandKeys()) {
            bandRows.append(band).append('\t').append(app).append('\n');
        }
    }

    private static void copyPlanSignatures(
            java.lang.reflect.Method copyIn, Object copyApi, StringBuilder signatureRows, StringBuilder bandRows)
            throws Exception {
        copyIn.invoke(
                copyApi,
                "copy reuse_plan_signature (application_id, company_id, program_id, stored_at, signature) from stdin",
                new StringReader(signatureRows.toString()));
        copyIn.invoke(
                copyApi,
                "copy reuse_plan_band (band_key, application_id) from stdin",
                new StringReader(bandRows.toString()));
    }

    /**
     * A database built before whole-plan signatures existed (V5_5) gets them once: computed from the stored
     * texts as a fresh build would, copied in, indexed. Returns the seconds it took (0 when they were there).
     */
    private static double backfillPlanSignatures(Connection c, UUID[] applications, int[] planSignatures)
            throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from reuse_plan_signature")) {
            rs.next();
            if (rs.getInt(1) == applications.length) {
                return 0;
            }
        }
        long t = System.nanoTime();
        Map<UUID, UUID> companyOf = new java.util.HashMap<>();
        Map<UUID, String> storedAt = new java.util.HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select application_id, company_id, stored_at::text from reuse_plan")) {
            while (rs.next()) {
                companyOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                storedAt.put(rs.getObject(1, UUID.class), rs.getString(3));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("truncate reuse_plan_signature, reuse_plan_band");
            s.execute("drop index if exists reuse_plan_band_key_idx");
            s.execute("drop index if exists reuse_plan_signature_recent_idx");
        }
        Object pg = c.unwrap(Class.forName("org.postgresql.PGConnection"));
        Object copyApi = pg.getClass().getMethod("getCopyAPI").invoke(pg);
        java.lang.reflect.Method copyIn = copyApi.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
        for (int start = 0; start < applications.length; start += 5000) {
            StringBuilder signatureRows = new StringBuilder();
            StringBuilder bandRows = new StringBuilder();
            for (int p = start; p < Math.min(applications.length, start + 5000); p++) {
                appendPlanSignature(
                        signatureRows,
                        bandRows,
                        applications[p],
                        companyOf.get(applications[p]),
                        storedAt.get(applications[p]),
                        planSignature(planSignatures, p));
            }
            copyPlanSignatures(copyIn, copyApi, signatureRows, bandRows);
        }
        try (Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            s.execute("create index reuse_plan_band_key_idx on reuse_plan_band (band_key) include (application_id)");
            s.execute(RECENT_INDEX);
            s.execute("vacuum analyze reuse_plan_band");
            s.execute("vacuum analyze reuse_plan_signature");
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        log("whole-plan signatures of %d stored plans backfilled (%.0f s)".formatted(applications.length, seconds));
        return seconds;
    }

    /** The evidence paragraphs a previous run stored (ids are plan * 10 + paragraph + 1, as stored). */
    private static void readBack(Connection c, int[] signatures, UUID[] applications, List<String>[] texts)
            throws java.sql.SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, application_id, text, signature from reuse_paragraph where not template order by id")) {
            while (rs.next()) {
                long id = rs.getLong(1) - 1;
                int p = (int) (id / (EVIDENCE + 2)), k = (int) (id % (EVIDENCE + 2));
                if (p >= applications.length || k >= EVIDENCE) {
                    throw new IllegalStateException(
                            "--reuse-db: paragraph id " + (id + 1) + " was not stored by this benchmark");
                }
                applications[p] = rs.getObject(2, UUID.class);
                if (texts[p] == null) {
                    texts[p] = new ArrayList<>(java.util.Collections.nCopies(EVIDENCE, ""));
                }
                texts[p].set(k, rs.getString(3));
                int[] v = MinHashSignature.fromBytes(rs.getBytes(4)).values();
                System.arraycopy(v, 0, signatures, (p * EVIDENCE + k) * MinHashSignature.SIZE, v.length);
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            w.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
        }
        return w.toString();
    }

    private static String sentence(Random random, String[] vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // skewed choice: frequent words are shared by many plans, as in real prose
            int index = (int) (Math.pow(random.nextDouble(), 2) * vocabulary.length);
            s.append(vocabulary[index]).append(i % 9 == 8 ? "다. " : " ");
        }
        return s.toString().strip();
    }

    private static String edit(String text, Random random, String[] vocabulary) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < 0.1) {
                words[i] = vocabulary[random.nextInt(vocabulary.length)];
            }
        }
        return String.join(" ", words);
    }

    private static void log(String message) {
        System.out.println("[bench-similarity] " + message);
        System.out.flush();
    }
}
