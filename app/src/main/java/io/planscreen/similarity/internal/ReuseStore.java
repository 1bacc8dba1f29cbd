package io.planscreen.similarity.internal;

import io.planscreen.ml.reuse.MinHashSignature;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.ml.reuse.StoredParagraph;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The paragraph-level reuse tables: {@link #store} writes a plan (its paragraphs through {@link ParagraphRows},
 * its whole-plan signature through {@link PlanSignatureRows}), the rest reads the paragraph candidates and the
 * template counts. Plain JDBC ({@link ReuseJdbc}): the lookups bind arrays and set {@code hnsw.ef_search} per
 * transaction, and the benchmark drives exactly this code without a Spring context.
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
        ReuseJdbc.withConnection(dataSource, c -> {
            ParagraphRows.deleteBands(c, application);
            PlanSignatureRows.deleteBands(c, application);
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
                plan.setString(5, ReuseJdbc.literal(vector));
                plan.executeUpdate();
            }
            Map<Integer, Long> idOf = ParagraphRows.insert(c, application, company, paragraphs);
            ParagraphRows.countTemplateKeys(c, program, company, paragraphs);
            ParagraphRows.insertBands(c, idOf, paragraphs);
            PlanSignatureRows.insert(c, application, company, program, planSignature);
            ParagraphRows.countCompany(c, program, company);
            return null;
        });
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
        return ReuseJdbc.withConnection(dataSource, c -> {
            List<StoredText> out = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("select p.id, p.application_id, p.company_id, p.ordinal, p.signature "
                            + "from (select paragraph_id from reuse_band where band_key = any(?) "
                            + "group by paragraph_id having count(*) >= " + MIN_SHARED_BANDS + ") b "
                            + "join reuse_paragraph p on p.id = b.paragraph_id "
                            + "where p.company_id <> ? and not p.template")) {
                s.setArray(1, c.createArrayOf("bigint", ReuseJdbc.boxed(bandKeys)));
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
        return ReuseJdbc.withConnection(dataSource, c -> {
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
        return ReuseJdbc.withConnection(dataSource, c -> {
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
                s.setArray(i, c.createArrayOf("bigint", ReuseJdbc.boxed(keys)));
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
        return ReuseJdbc.withConnection(dataSource, c -> {
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
                    s.setString(2, ReuseJdbc.literal(vector));
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
        return ReuseJdbc.withConnection(dataSource, c -> {
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
}
