package io.planscreen.similarity.internal;

import io.planscreen.ml.reuse.MinHashSignature;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.ml.reuse.StoredParagraph;
import io.planscreen.similarity.ReuseSummary;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The reuse tables through plain JDBC on the given data source (joins Spring's transaction when there
 * is one), so the benchmark command drives exactly this code without a Spring context.
 */
final class ReuseStore {

    private final DataSource dataSource;

    public ReuseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Paragraph(
            int ordinal, String sectionKind, String text, MinHashSignature signature, boolean template) {}

    public record Candidate(UUID application, UUID company) {}

    public record StoredText(UUID application, UUID company, int ordinal, String text, MinHashSignature signature) {

        StoredParagraph asStored() {
            return new StoredParagraph(application.toString(), company.toString(), ordinal, signature);
        }
    }

    /** Replaces whatever was stored for the application (idempotent re-runs). */
    public void store(
            UUID application,
            UUID company,
            String program,
            float[] vector,
            List<Paragraph> paragraphs,
            PlanSignature planSignature) {
        withConnection(c -> {
            deleteBands(c, application);
            deletePlanBands(c, application);
            try (PreparedStatement delete = c.prepareStatement("delete from reuse_plan where application_id = ?")) {
                delete.setObject(1, application);
                delete.executeUpdate();
            }
            try (PreparedStatement plan = c.prepareStatement(
                    "insert into reuse_plan (application_id, company_id, program_id, paragraphs, plan_vector) values (?, ?, ?, ?, ?::vector)")) {
                plan.setObject(1, application);
                plan.setObject(2, company);
                plan.setString(3, program);
                plan.setInt(4, paragraphs.size());
                plan.setString(5, literal(vector));
                plan.executeUpdate();
            }
            Map<Integer, Long> idOf = insertParagraphs(c, application, company, paragraphs);
            countTemplateKeys(c, program, company, paragraphs);
            insertBands(c, idOf, paragraphs);
            insertPlanSignature(c, application, company, program, planSignature);
            countCompany(c, program, company);
            return null;
        });
    }

    /**
     * The whole-plan signature and its band keys (none for a plan without text); stored_at defaults to the
     * transaction's now(), the plan row's.
     */
    private static void insertPlanSignature(
            Connection c, UUID application, UUID company, String program, PlanSignature signature) throws SQLException {
        if (signature.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into reuse_plan_signature (application_id, company_id, program_id, signature) values (?, ?, ?, ?)")) {
            s.setObject(1, application);
            s.setObject(2, company);
            s.setString(3, program);
            s.setBytes(4, signature.toBytes());
            s.executeUpdate();
        }
        long[] keys = signature.bandKeys();
        try (PreparedStatement s = c.prepareStatement(
                "insert into reuse_plan_band (band_key, application_id) select k, ? from unnest(?::bigint[]) as k")) {
            s.setObject(1, application);
            s.setArray(2, c.createArrayOf("bigint", boxed(keys)));
            s.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} stored applications without a whole-plan signature (stored before V5_5, or
     * without text), by application id after {@code after} (null: from the first).
     */
    public List<UUID> plansWithoutSignature(@Nullable UUID after, int limit) {
        return withConnection(c -> {
            List<UUID> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select p.application_id from reuse_plan p "
                    + "where (cast(? as uuid) is null or p.application_id > ?) and not exists "
                    + "(select 1 from reuse_plan_signature s where s.application_id = p.application_id) "
                    + "order by p.application_id limit ?")) {
                s.setObject(1, after);
                s.setObject(2, after);
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Adds a whole-plan signature and its band keys to an application stored without one, in one statement:
     * nothing when it has one by now (another instance, or a re-screening) or its plan row is gone. The plan
     * row is locked first, so a concurrent {@link #store} of the application either finishes before (and
     * this adds nothing) or waits for this statement to delete the plan row. One that read the (missing)
     * signature before this statement leaves these band rows beside its own: the same keys again when the
     * parsed document is unchanged, harmless to {@link #planCandidates} (distinct applications), removed by
     * the next re-store. It takes the plan row's program and store time, so a plan backfilled now joins the
     * neighbourhood pool where it was stored, as if it had had its signature then. Returns whether the
     * signature was added.
     */
    public boolean addPlanSignature(UUID application, PlanSignature signature) {
        if (signature.isEmpty()) {
            return false;
        }
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "with plan as (select application_id, company_id, program_id, stored_at from reuse_plan "
                            + "where application_id = ? for key share), "
                            + "added as (insert into reuse_plan_signature (application_id, company_id, program_id, stored_at, signature) "
                            + "select application_id, company_id, program_id, stored_at, ? from plan "
                            + "on conflict (application_id) do nothing "
                            + "returning application_id) "
                            + "insert into reuse_plan_band (band_key, application_id) "
                            + "select k, added.application_id from added, unnest(?::bigint[]) as k")) {
                s.setObject(1, application);
                s.setBytes(2, signature.toBytes());
                s.setArray(3, c.createArrayOf("bigint", boxed(signature.bandKeys())));
                return s.executeUpdate() > 0;
            }
        });
    }

    /** The band rows of the application's earlier whole-plan signature, found through its own band keys. */
    private static void deletePlanBands(Connection c, UUID application) throws SQLException {
        PlanSignature old = null;
        try (PreparedStatement s =
                c.prepareStatement("select signature from reuse_plan_signature where application_id = ?")) {
            s.setObject(1, application);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    old = PlanSignature.fromBytes(rs.getBytes(1));
                }
            }
        }
        if (old == null) {
            return;
        }
        try (PreparedStatement s =
                c.prepareStatement("delete from reuse_plan_band where band_key = any(?) and application_id = ?")) {
            s.setArray(1, c.createArrayOf("bigint", boxed(old.bandKeys())));
            s.setObject(2, application);
            s.executeUpdate();
        }
    }

    /**
     * Whole-plan candidates: other companies' stored plans sharing at least one LSH band key with the
     * given signature's, with their signatures (compared by {@link PlanReuse#of(String, PlanSignature,
     * Collection)}).
     */
    public List<PlanReuse.Stored> planCandidates(long[] bandKeys, UUID excludeCompany) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("select s.application_id, s.company_id, s.signature "
                    + "from (select distinct application_id from reuse_plan_band where band_key = any(?)) b "
                    + "join reuse_plan_signature s on s.application_id = b.application_id "
                    + "where s.company_id <> ?")) {
                s.setArray(1, c.createArrayOf("bigint", boxed(bandKeys)));
                s.setObject(2, excludeCompany);
                return storedPlans(s);
            }
        });
    }

    /**
     * The pool of {@link io.planscreen.ml.reuse.PlanNeighbourhood}: the {@code limit} most recently stored plans
     * of other companies in the program that have a whole-plan signature, newest first (ties of one
     * transaction's {@code stored_at} by application id), with their signatures: an index-only read of the
     * signature table's covering index (V5_6).
     */
    public List<PlanReuse.Stored> recentPlans(String program, UUID excludeCompany, int limit) {
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("select application_id, company_id, signature "
                    + "from reuse_plan_signature where program_id = ? and company_id <> ? "
                    + "order by stored_at desc, application_id desc limit ?")) {
                s.setString(1, program);
                s.setObject(2, excludeCompany);
                s.setInt(3, limit);
                return storedPlans(s);
            }
        });
    }

    /** Rows of (application, company, whole-plan signature). */
    private static List<PlanReuse.Stored> storedPlans(PreparedStatement s) throws SQLException {
        List<PlanReuse.Stored> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new PlanReuse.Stored(
                        rs.getObject(1, UUID.class).toString(),
                        rs.getObject(2, UUID.class).toString(),
                        PlanSignature.fromBytes(rs.getBytes(3))));
            }
        }
        return out;
    }

    private static Long[] boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** All paragraphs in one statement (a 20-page plan has hundreds); their ids by ordinal. */
    private static Map<Integer, Long> insertParagraphs(
            Connection c, UUID application, UUID company, List<Paragraph> paragraphs) throws SQLException {
        Map<Integer, Long> idOf = new HashMap<>();
        if (paragraphs.isEmpty()) {
            return idOf;
        }
        try (PreparedStatement p = c.prepareStatement("insert into reuse_paragraph "
                + "(application_id, ordinal, section_kind, text, signature, template, company_id) "
                + "select ?, u.ordinal, u.section_kind, u.text, u.signature, u.template, ? "
                + "from unnest(?::int[], ?::text[], ?::text[], ?::bytea[], ?::boolean[]) "
                + "as u(ordinal, section_kind, text, signature, template) "
                + "returning ordinal, id")) {
            p.setObject(1, application);
            p.setObject(2, company);
            p.setArray(
                    3,
                    c.createArrayOf(
                            "integer",
                            paragraphs.stream().map(Paragraph::ordinal).toArray()));
            p.setArray(
                    4,
                    c.createArrayOf(
                            "text",
                            paragraphs.stream().map(Paragraph::sectionKind).toArray()));
            p.setArray(
                    5,
                    c.createArrayOf(
                            "text", paragraphs.stream().map(Paragraph::text).toArray()));
            p.setArray(
                    6,
                    c.createArrayOf(
                            "bytea",
                            paragraphs.stream()
                                    .map(x -> x.signature().toBytes())
                                    .toArray(byte[][]::new)));
            p.setArray(
                    7,
                    c.createArrayOf(
                            "boolean",
                            paragraphs.stream().map(Paragraph::template).toArray()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    idOf.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return idOf;
    }

    /**
     * Records that the company holds each of these template keys, and counts one more company for each
     * key it did not hold yet: two statements however many keys (sorted, so concurrent uploads take the
     * rows' locks in the same order).
     */
    private static void countTemplateKeys(Connection c, String program, UUID company, List<Paragraph> paragraphs)
            throws SQLException {
        Long[] keys = paragraphs.stream()
                .flatMapToLong(p -> java.util.Arrays.stream(p.signature().templateKeys()))
                .distinct()
                .sorted()
                .boxed()
                .toArray(Long[]::new);
        if (keys.length == 0) {
            return;
        }
        List<Long> newKeys = new ArrayList<>();
        try (PreparedStatement k = c.prepareStatement("insert into reuse_template_key (program_id, key, company_id) "
                + "select ?, k, ? from unnest(?::bigint[]) as k on conflict do nothing returning key")) {
            k.setString(1, program);
            k.setObject(2, company);
            k.setArray(3, c.createArrayOf("bigint", keys));
            try (ResultSet rs = k.executeQuery()) {
                while (rs.next()) {
                    newKeys.add(rs.getLong(1));
                }
            }
        }
        if (newKeys.isEmpty()) {
            return;
        }
        try (PreparedStatement count = c.prepareStatement(
                "insert into reuse_template_count (program_id, key, companies) "
                        + "select ?, k, 1 from unnest(?::bigint[]) as k order by k "
                        + "on conflict (program_id, key) do update set companies = reuse_template_count.companies + 1")) {
            count.setString(1, program);
            count.setArray(
                    2, c.createArrayOf("bigint", newKeys.stream().sorted().toArray()));
            count.executeUpdate();
        }
    }

    /** The company joins the program's (and all programs') distinct companies unless it already counts. */
    private static void countCompany(Connection c, String program, UUID company) throws SQLException {
        try (PreparedStatement member = c.prepareStatement(
                        "insert into reuse_program_company (program_id, company_id) values (?, ?) on conflict do nothing");
                PreparedStatement count = c.prepareStatement(
                        "insert into reuse_program_count (program_id, companies) values (?, 1) "
                                + "on conflict (program_id) do update set companies = reuse_program_count.companies + 1")) {
            for (String key : List.of(program, ANY_PROGRAM)) {
                member.setString(1, key);
                member.setObject(2, company);
                if (member.executeUpdate() > 0) {
                    count.setString(1, key);
                    count.executeUpdate();
                }
            }
        }
    }

    /** The band rows of the application's stored paragraphs, found through their own band keys. */
    private static void deleteBands(Connection c, UUID application) throws SQLException {
        List<Long> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, signature from reuse_paragraph where application_id = ? and not template")) {
            s.setObject(1, application);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    for (long key : MinHashSignature.fromBytes(rs.getBytes(2)).bandKeys()) {
                        keys.add(key);
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s =
                c.prepareStatement("delete from reuse_band where band_key = any(?) and paragraph_id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", keys.toArray()));
            s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
        }
    }

    /** Band keys of the non-template paragraphs just stored (template text is never a candidate). */
    private static void insertBands(Connection c, Map<Integer, Long> idOf, List<Paragraph> paragraphs)
            throws SQLException {
        List<Long> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.template()) {
                continue;
            }
            for (long key : paragraph.signature().bandKeys()) {
                keys.add(key);
                ids.add(idOf.get(paragraph.ordinal()));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                // in key order: consecutive inserts land on neighbouring index pages
                "insert into reuse_band (band_key, paragraph_id) "
                        + "select * from unnest(?::bigint[], ?::bigint[]) as u(band_key, paragraph_id) order by band_key")) {
            s.setArray(1, c.createArrayOf("bigint", keys.toArray()));
            s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
        }
    }

    /**
     * Band keys a stored paragraph must share with the lookup to be a candidate: a pair at MinHash
     * similarity 0.4 (the match threshold) shares two of 32 bands with probability 0.97, at 0.5 with 0.999,
     * while unrelated paragraphs sharing one frequent band (~150 per paragraph at 100,000 plans) are
     * dropped before their rows are read.
     */
    static final int MIN_SHARED_BANDS = 2;

    /**
     * Paragraph-level candidates: other companies' non-template paragraphs sharing {@link
     * #MIN_SHARED_BANDS} LSH band
     * keys with the given keys, read in one statement (signatures only; texts are read for matches).
     */
    public List<StoredText> bandCandidates(long[] bandKeys, UUID excludeCompany) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        return withConnection(c -> {
            List<StoredText> out = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("select p.id, p.application_id, p.company_id, p.ordinal, p.signature "
                            + "from (select paragraph_id from reuse_band where band_key = any(?) "
                            + "group by paragraph_id having count(*) >= " + MIN_SHARED_BANDS + ") b "
                            + "join reuse_paragraph p on p.id = b.paragraph_id "
                            + "where p.company_id <> ? and not p.template")) {
                s.setArray(1, c.createArrayOf("bigint", boxed(bandKeys)));
                s.setObject(2, excludeCompany);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredText(
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getInt(4),
                                "",
                                MinHashSignature.fromBytes(rs.getBytes(5))));
                    }
                }
            }
            return out;
        });
    }

    /** Texts of stored paragraphs, keyed "application#ordinal". */
    public Map<String, String> texts(List<StoredText> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Map.of();
        }
        return withConnection(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement s =
                    c.prepareStatement("select p.application_id, p.ordinal, p.text from reuse_paragraph p "
                            + "join unnest(?::uuid[], ?::int[]) as k(application_id, ordinal) "
                            + "on p.application_id = k.application_id and p.ordinal = k.ordinal")) {
                s.setArray(
                        1,
                        c.createArrayOf(
                                "uuid",
                                paragraphs.stream().map(StoredText::application).toArray()));
                s.setArray(
                        2,
                        c.createArrayOf(
                                "integer",
                                paragraphs.stream().map(StoredText::ordinal).toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class) + "#" + rs.getInt(2), rs.getString(3));
                    }
                }
            }
            return out;
        });
    }

    /** Program "*" counts across all programs (a self-check before the company picked a program). */
    public static final String ANY_PROGRAM = "*";

    /**
     * What the template rule needs, in one round trip: the program's distinct companies, and how many of
     * them hold each of these template keys.
     */
    public record TemplateCounts(int companiesInProgram, Map<Long, Integer> companiesWithKey) {}

    public TemplateCounts templateCounts(String program, long[] keys) {
        return withConnection(c -> {
            Map<Long, Integer> out = new HashMap<>();
            int companies = 0;
            boolean any = ANY_PROGRAM.equals(program);
            try (PreparedStatement s = c.prepareStatement(
                    "select null::bigint, companies from reuse_program_count where program_id = ? union all "
                            + (any
                                    ? "select key, sum(companies)::int from reuse_template_count where key = any(?) group by key"
                                    : "select key, companies from reuse_template_count where program_id = ? and key = any(?)"))) {
                int i = 1;
                s.setString(i++, program);
                if (!any) {
                    s.setString(i++, program);
                }
                s.setArray(i, c.createArrayOf("bigint", boxed(keys)));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long key = rs.getLong(1);
                        if (rs.wasNull()) {
                            companies = rs.getInt(2);
                        } else {
                            out.put(key, rs.getInt(2));
                        }
                    }
                }
            }
            return new TemplateCounts(companies, out);
        });
    }

    /** First stage: nearest plans of other companies by the HNSW index (any program, any year). */
    public List<Candidate> nearestPlans(float[] vector, UUID excludeCompany, int limit, int efSearch) {
        return withConnection(c -> {
            boolean auto = c.getAutoCommit();
            if (auto) {
                c.setAutoCommit(false);
            }
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("set local hnsw.ef_search = " + Math.max(efSearch, limit));
                }
                List<Candidate> out = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "select application_id, company_id from reuse_plan where company_id <> ? order by plan_vector <=> ?::vector limit ?")) {
                    s.setObject(1, excludeCompany);
                    s.setString(2, literal(vector));
                    s.setInt(3, limit);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                        }
                    }
                }
                if (auto) {
                    c.commit();
                }
                return out;
            } finally {
                if (auto) {
                    c.setAutoCommit(true);
                }
            }
        });
    }

    /** Second stage: the candidates' non-template paragraphs. */
    public List<StoredText> paragraphs(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> companyOf = new HashMap<>();
        candidates.forEach(cand -> companyOf.put(cand.application(), cand.company()));
        return withConnection(c -> {
            List<StoredText> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select application_id, ordinal, text, signature from reuse_paragraph where application_id = any(?) and not template")) {
                Array ids = c.createArrayOf("uuid", companyOf.keySet().toArray());
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        UUID app = rs.getObject(1, UUID.class);
                        out.add(new StoredText(
                                app,
                                companyOf.get(app),
                                rs.getInt(2),
                                rs.getString(3),
                                MinHashSignature.fromBytes(rs.getBytes(4))));
                    }
                }
            }
            return out;
        });
    }

    public void saveReport(UUID application, String json) {
        withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into reuse_report (application_id, report_json) values (?, ?::jsonb) "
                            + "on conflict (application_id) do update set report_json = excluded.report_json, computed_at = now()")) {
                s.setObject(1, application);
                s.setString(2, json);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The company of each stored application among these (the self-check counts companies, not plans). */
    public Map<UUID, UUID> companiesOf(java.util.Collection<UUID> applications) {
        return withConnection(c -> {
            Map<UUID, UUID> companies = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select application_id, company_id from reuse_plan where application_id = any(?)")) {
                s.setArray(1, c.createArrayOf("uuid", applications.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        companies.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    }
                }
            }
            return companies;
        });
    }

    public java.util.Optional<String> report(UUID application) {
        return withConnection(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select report_json::text from reuse_report where application_id = ?")) {
                s.setObject(1, application);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    /**
     * The report's headline figures, read out of the stored JSON in the database in one statement: the
     * passages and clusters (up to a hundred members with text per paragraph) never leave it.
     */
    public Map<UUID, ReuseSummary> summaries(Collection<UUID> applications) {
        Map<UUID, ReuseSummary> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select application_id,
                           coalesce((report_json ->> 'maxSimilarity')::double precision, 0),
                           coalesce((report_json ->> 'paragraphsReused')::int, 0),
                           coalesce((report_json ->> 'otherCompanies')::int, 0)
                    from reuse_report where application_id = any(?)""")) {
                Array ids =
                        c.createArrayOf("uuid", applications.stream().distinct().toArray());
                try {
                    s.setArray(1, ids);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.put(
                                    rs.getObject(1, UUID.class),
                                    new ReuseSummary(rs.getDouble(2), rs.getInt(3), rs.getInt(4)));
                        }
                    }
                } finally {
                    ids.free();
                }
            }
            return out;
        });
    }

    static String literal(float[] vector) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(vector[i]);
        }
        return b.append(']').toString();
    }

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T withConnection(SqlWork<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reuse storage failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
