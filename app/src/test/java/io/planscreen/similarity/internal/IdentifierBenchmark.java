package io.planscreen.similarity.internal;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code scripts/bench-identifiers}: what looking up another applicant's identifiers costs per plan. Stores the
 * identifiers of N applications (default 100,000; 7 each: company name, BRN, representative, investigator, phone,
 * e-mail, road address) and 8 mentions per plan in a dedicated database, then, for each plan text given (the
 * demo PDFs by default), times the scan of its text into candidate values, the one indexed forward query and the
 * reverse look-up of a new applicant's own identifiers among earlier plans' mentions.
 *
 * <p>A measurement of this package's internals, not a test: it lives beside the package's tests so that the
 * service jar holds no benchmark and the store stays package-private.
 */
public final class IdentifierBenchmark {

    private IdentifierBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                o.put(args[i].substring(2), args[++i]);
            } else {
                files.add(args[i]);
            }
        }
        int applications = Integer.parseInt(o.getOrDefault("applications", "100000"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "50"));
        String url = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/planscreen_bench_identifiers");
        Flyway.configure()
                .dataSource(url, "planscreen_owner", "planscreen_owner")
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", "planscreen_app"))
                .outOfOrder(true)
                .load()
                .migrate();
        SingleConnectionDataSource ds =
                new SingleConnectionDataSource(url, "planscreen_owner", "planscreen_owner", true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Integer stored =
                jdbc.queryForObject("select count(distinct application_id) from applicant_identifier", Integer.class);
        if (stored == null || stored != applications) {
            long t = System.nanoTime();
            load(ds.getConnection(), applications);
            System.out.printf(
                    "stored %d applications' identifiers and mentions in %.1f s%n",
                    applications, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(
                "applicant_identifier %s rows, plan_mention %s rows, value index %s%n",
                jdbc.queryForObject("select count(*) from applicant_identifier", Long.class),
                jdbc.queryForObject("select count(*) from plan_mention", Long.class),
                jdbc.queryForObject(
                        "select pg_size_pretty(pg_relation_size('applicant_identifier_value_idx'))", String.class));

        if (files.isEmpty()) {
            files.add("app/src/main/resources/demo");
        }
        List<String> texts = new ArrayList<>();
        for (String f : files) {
            File file = new File(f);
            File[] pdfs = file.isDirectory() ? file.listFiles((d, n) -> n.endsWith(".pdf")) : new File[] {file};
            Arrays.sort(pdfs);
            for (File pdf : pdfs) {
                try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf.toPath()))) {
                    texts.add(new PDFTextStripper().getText(doc));
                }
            }
        }
        // a plan of 10-20 pages: the short demo plans one after another
        texts.add(String.join("\n", texts));
        IdentifierStore store = new IdentifierStore(jdbc, null);
        // the service looks up inside the writer evidence's transaction: so does the benchmark
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(ds));
        UUID company = UUID.randomUUID();
        List<OwnIdentifiers.Own> own = List.of(
                new OwnIdentifiers.Own(IdentifierKind.COMPANY_NAME, "벤치마크기업", "벤치마크기업"),
                new OwnIdentifiers.Own(IdentifierKind.BRN, "2208162517", "220-81-62517"),
                new OwnIdentifiers.Own(IdentifierKind.REPRESENTATIVE, "김벤치", "김벤치"),
                new OwnIdentifiers.Own(IdentifierKind.PHONE, "0212345678", "02-1234-5678"),
                new OwnIdentifiers.Own(IdentifierKind.EMAIL, "ceo@bench.kr", "ceo@bench.kr"),
                new OwnIdentifiers.Own(IdentifierKind.ADDRESS, "벤치로1", "벤치로 1"));
        List<Double> scan = new ArrayList<>();
        List<Double> forward = new ArrayList<>();
        List<Double> reverse = new ArrayList<>();
        long candidates = 0;
        int chars = 0;
        for (int round = 0; round < rounds + 3; round++) {
            for (String text : texts) {
                long a = System.nanoTime();
                PlanIdentifierScan s = PlanIdentifierScan.of(text);
                long b = System.nanoTime();
                tx.executeWithoutResult(t -> store.find(s, company, own));
                long c = System.nanoTime();
                store.mentionedBy(UUID.randomUUID(), company, own);
                long d = System.nanoTime();
                if (round >= 3) { // the first rounds warm the JIT and the buffer pool
                    scan.add((b - a) / 1e6);
                    forward.add((c - b) / 1e6);
                    reverse.add((d - c) / 1e6);
                    candidates += s.values().size();
                    chars += text.length();
                }
            }
        }
        int n = scan.size();
        System.out.printf(
                "%d plans (the last one all others joined) x %d rounds, %,d characters and %,d candidate values a plan on average%n",
                texts.size(), rounds, chars / n, candidates / n);
        print("scan of the text", scan);
        print("forward query", forward);
        print("reverse query", reverse);
        String joined = texts.get(texts.size() - 1);
        List<Double> longScan = new ArrayList<>();
        List<Double> longForward = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long a = System.nanoTime();
            PlanIdentifierScan s = PlanIdentifierScan.of(joined);
            long b = System.nanoTime();
            tx.executeWithoutResult(t -> store.find(s, company, own));
            longScan.add((b - a) / 1e6);
            longForward.add((System.nanoTime() - b) / 1e6);
        }
        System.out.printf(
                "the joined plan alone: %,d characters, %,d candidate values%n",
                joined.length(), PlanIdentifierScan.of(joined).values().size());
        print("scan (joined)", longScan);
        print("forward (joined)", longForward);
        String plan = tx.execute(t -> {
            jdbc.queryForObject("select set_config('enable_seqscan', 'off', true)", String.class);
            return jdbc
                    .queryForList(
                            "explain (analyze, buffers) select application_id, company_id, kind, value, shown from"
                                    + " applicant_identifier where value = any(?) and company_id <> ?",
                            String.class,
                            jdbc.execute((Connection conn) -> conn.createArrayOf(
                                    "text",
                                    PlanIdentifierScan.of(joined)
                                            .values()
                                            .keySet()
                                            .toArray())),
                            company)
                    .stream()
                    .map(line -> line.length() > 160 ? line.substring(0, 160) + "…" : line)
                    .reduce("", (x, y) -> x + "\n  " + y);
        });
        System.out.println("query plan (the joined plan):" + plan);
        ds.destroy();
    }

    private static void print(String what, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "%-18s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  mean %6.2f ms%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)],
                sorted[(int) (sorted.length * 0.99)],
                Arrays.stream(sorted).average().orElse(0));
    }

    /** Random Hangul names, digits and addresses generated in the database (seconds for 100,000 applications). */
    private static void load(Connection c, int applications) throws Exception {
        String syllable = "chr(44032 + (abs(hashtext(%s)) %% 11172))";
        String name3 = String.join(
                " || ", syllable.formatted("i || 'a'"), syllable.formatted("i || 'b'"), syllable.formatted("i || 'c'"));
        try (Statement s = c.createStatement()) {
            s.execute("truncate applicant_identifier, plan_mention, identifier_hit");
            s.execute("""
                    insert into applicant_identifier (application_id, company_id, kind, value, shown)
                    select app, comp, kind, value, value from (
                      select md5('a' || i)::uuid app, md5('c' || i)::uuid comp, i from generate_series(1, %d) i) g,
                    lateral (values
                      ('COMPANY_NAME', %s || %s || '테크'),
                      ('BRN', lpad((1000000000 + i * 7)::text, 10, '0')),
                      ('REPRESENTATIVE', %s),
                      ('INVESTIGATOR', %s || %s),
                      ('PHONE', '02' || lpad(i::text, 8, '0')),
                      ('EMAIL', 'ceo' || i || '@example.kr'),
                      ('ADDRESS', %s || '로' || (i %% 500)::text)) v(kind, value)
                    """.formatted(
                            applications,
                            name3,
                            syllable.formatted("i || 'd'"),
                            name3,
                            syllable.formatted("i || 'e'"),
                            syllable.formatted("i || 'f'"),
                            syllable.formatted("i || 'g'")));
            s.execute("""
                    insert into plan_mention (application_id, company_id, value, found, position, marked)
                    select md5('a' || i)::uuid, md5('c' || i)::uuid, m, m, 0, false
                    from generate_series(1, %d) i,
                    lateral (select distinct lpad((1000000000 + ((i * 31 + k) %% %d) * 7)::text, 10, '0') m
                             from generate_series(1, 8) k) x
                    """.formatted(applications, applications));
            s.execute("analyze applicant_identifier");
            s.execute("analyze plan_mention");
        }
    }
}
