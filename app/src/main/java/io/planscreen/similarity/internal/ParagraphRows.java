package io.planscreen.similarity.internal;

import io.planscreen.ml.reuse.MinHashSignature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The writes of {@link ReuseStore#store} to the paragraph tables ({@code reuse_paragraph}, {@code
 * reuse_band}) and the template counts ({@code reuse_template_key}, {@code reuse_template_count}, {@code
 * reuse_program_company}, {@code reuse_program_count}), on the store's connection: each is one statement
 * however many paragraphs, with arrays unnested in the database, which is why they stay on plain JDBC.
 */
final class ParagraphRows {

    private ParagraphRows() {}

    /** All paragraphs in one statement (a 20-page plan has hundreds); their ids by ordinal. */
    static Map<Integer, Long> insert(
            Connection c, UUID application, UUID company, List<ReuseStore.Paragraph> paragraphs) throws SQLException {
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
                            paragraphs.stream()
                                    .map(ReuseStore.Paragraph::ordinal)
                                    .toArray()));
            p.setArray(
                    4,
                    c.createArrayOf(
                            "text",
                            paragraphs.stream()
                                    .map(ReuseStore.Paragraph::sectionKind)
                                    .toArray()));
            p.setArray(
                    5,
                    c.createArrayOf(
                            "text",
                            paragraphs.stream().map(ReuseStore.Paragraph::text).toArray()));
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
                            paragraphs.stream()
                                    .map(ReuseStore.Paragraph::template)
                                    .toArray()));
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
    static void countTemplateKeys(Connection c, String program, UUID company, List<ReuseStore.Paragraph> paragraphs)
            throws SQLException {
        Long[] keys = paragraphs.stream()
                .flatMapToLong(p -> Arrays.stream(p.signature().templateKeys()))
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
    static void countCompany(Connection c, String program, UUID company) throws SQLException {
        try (PreparedStatement member = c.prepareStatement(
                        "insert into reuse_program_company (program_id, company_id) values (?, ?) on conflict do nothing");
                PreparedStatement count = c.prepareStatement(
                        "insert into reuse_program_count (program_id, companies) values (?, 1) "
                                + "on conflict (program_id) do update set companies = reuse_program_count.companies + 1")) {
            for (String key : List.of(program, ReuseStore.ANY_PROGRAM)) {
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
    static void deleteBands(Connection c, UUID application) throws SQLException {
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
    static void insertBands(Connection c, Map<Integer, Long> idOf, List<ReuseStore.Paragraph> paragraphs)
            throws SQLException {
        List<Long> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (ReuseStore.Paragraph paragraph : paragraphs) {
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
}
