package io.planscreen.similarity.internal;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import java.sql.Array;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each application's company identifiers (table {@code applicant_identifier}, see {@link OwnIdentifiers}) and
 * what its plan holds of other applicants' ({@code identifier_hit}, writer link IDENTIFIER), both ways: a plan
 * against every stored applicant (one query on the indexed normal forms of all its candidate values), and a new
 * applicant's identifiers against what earlier plans mention ({@code plan_mention}).
 */
@Component
class IdentifierStore {

    /** Stored identifiers read back at most per plan (a value shared by thousands is no one's identifier). */
    static final int MAX_FOUND = 2000;

    private final JdbcTemplate jdbc;

    private final OwnIdentifiers owned;

    IdentifierStore(JdbcTemplate jdbc, OwnIdentifiers owned) {
        this.jdbc = jdbc;
        this.owned = owned;
    }

    /** An identifier of another application held by this plan (or of this one held by another's), as stored. */
    record Found(UUID plan, UUID owner, IdentifierKind kind, String found) {}

    /**
     * Stores the application's own identifiers and what its plan holds of other applicants' (replacing an earlier
     * run), and links it to them both ways: its plan against every stored applicant, and its own identifiers
     * against what earlier plans mention. Called inside the writer evidence's transaction, after its links were
     * cleared.
     *
     * @return the links made, for the audit: "holds &lt;owner&gt; KIND,KIND ties|name" for this plan's, "&lt;plan&gt;
     *     holds this KIND,..." for earlier plans holding this application's identifiers
     */
    List<String> record(ApplicationId application, CompanyId company, String planText) {
        UUID id = application.value();
        List<OwnIdentifiers.Own> own = owned.of(application, company);
        jdbc.update("delete from applicant_identifier where application_id = ?", id);
        jdbc.batchUpdate(
                "insert into applicant_identifier (application_id, company_id, kind, value, shown) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                own,
                own.size(),
                (ps, o) -> {
                    ps.setObject(1, id);
                    ps.setObject(2, company.value());
                    ps.setString(3, o.kind().name());
                    ps.setString(4, o.value());
                    ps.setString(5, o.shown());
                });
        PlanIdentifierScan scan = PlanIdentifierScan.of(planText);
        List<Map.Entry<String, PlanIdentifierScan.Occurrence>> mentions = scan.values().entrySet().stream()
                .filter(e -> e.getValue().mention())
                .toList();
        jdbc.update("delete from plan_mention where application_id = ?", id);
        jdbc.batchUpdate(
                "insert into plan_mention (application_id, company_id, value, found, position, marked) values (?, ?, ?,"
                        + " ?, ?, ?)",
                mentions,
                mentions.size(),
                (ps, e) -> {
                    ps.setObject(1, id);
                    ps.setObject(2, company.value());
                    ps.setString(3, e.getKey());
                    ps.setString(4, e.getValue().found());
                    ps.setInt(5, e.getValue().position());
                    ps.setBoolean(6, e.getValue().marked());
                });
        jdbc.update("delete from identifier_hit where application_id = ?", id);
        List<String> described = new ArrayList<>();
        for (IdentifierMatcher.Hit hit : find(scan, company.value(), own)) {
            link(id, hit);
            described.add("holds " + hit.application() + " " + kinds(hit) + (hit.ties() ? " ties" : " name"));
        }
        for (Map.Entry<UUID, IdentifierMatcher.Hit> earlier :
                mentionedBy(id, company.value(), own).entrySet()) {
            link(earlier.getKey(), earlier.getValue());
            described.add(earlier.getKey() + " holds this " + kinds(earlier.getValue()));
        }
        return described;
    }

    private static String kinds(IdentifierMatcher.Hit hit) {
        return hit.kinds().keySet().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private void link(UUID plan, IdentifierMatcher.Hit hit) {
        hit.kinds()
                .forEach((kind, at) -> jdbc.update(
                        "insert into identifier_hit (application_id, other_application_id, kind, found, position)"
                                + " values (?, ?, ?, ?, ?) on conflict do nothing",
                        plan,
                        hit.application(),
                        kind.name(),
                        at.found(),
                        at.position()));
        jdbc.update(
                "insert into writer_link (application_id, other_application_id, kind, weight) values (?, ?,"
                        + " 'IDENTIFIER', ?) on conflict (application_id, other_application_id, kind) do update set"
                        + " weight = greatest(writer_link.weight, excluded.weight)",
                plan,
                hit.application(),
                hit.ties() ? 2 : 1);
    }

    /**
     * The other applicants a plan's text names: one indexed query for every candidate value of the text. Inside a
     * transaction (the writer evidence's): the planner would read thousands of values against a large table
     * sequentially (200 ms at 100,000 applications) although each probe of the value index is a few cached pages
     * (milliseconds in all), so sequential scans are off for this one query.
     */
    List<IdentifierMatcher.Hit> find(PlanIdentifierScan scan, UUID company, List<OwnIdentifiers.Own> own) {
        if (scan.values().isEmpty()) {
            return List.of();
        }
        // the target list is evaluated in order: the setting as it was, then switched off
        String seqscan = jdbc.queryForObject(
                "select current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)",
                (rs, n) -> rs.getString(1));
        List<IdentifierMatcher.Stored> found = jdbc.query(
                "select application_id, company_id, kind, value, shown from applicant_identifier"
                        + " where value = any(?) and company_id <> ? limit " + MAX_FOUND,
                (rs, n) -> new IdentifierMatcher.Stored(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        IdentifierKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)),
                array("text", scan.values().keySet()),
                company);
        jdbc.queryForObject("select set_config('enable_seqscan', ?, true)", String.class, seqscan);
        Set<String> ownValues = own.stream().map(OwnIdentifiers.Own::value).collect(Collectors.toSet());
        return IdentifierMatcher.match(scan, found, company, ownValues);
    }

    /**
     * Earlier plans of other companies that mention this application's identifiers (shaped values, marked names),
     * judged by the same rules as a forward look-up: plan → the hit naming this application.
     */
    Map<UUID, IdentifierMatcher.Hit> mentionedBy(UUID application, UUID company, List<OwnIdentifiers.Own> own) {
        Map<UUID, IdentifierMatcher.Hit> out = new LinkedHashMap<>();
        if (own.isEmpty()) {
            return out;
        }
        Map<UUID, Map<String, PlanIdentifierScan.Occurrence>> plans = new LinkedHashMap<>();
        Map<UUID, UUID> companies = new HashMap<>();
        jdbc.query(
                "select application_id, company_id, value, found, position, marked from plan_mention"
                        + " where value = any(?) and company_id <> ? limit " + MAX_FOUND,
                rs -> {
                    UUID plan = rs.getObject(1, UUID.class);
                    companies.put(plan, rs.getObject(2, UUID.class));
                    plans.computeIfAbsent(plan, k -> new HashMap<>())
                            .put(
                                    rs.getString(3),
                                    new PlanIdentifierScan.Occurrence(
                                            rs.getString(4), rs.getInt(5), rs.getBoolean(6), !rs.getBoolean(6)));
                },
                array("text", own.stream().map(OwnIdentifiers.Own::value).toList()),
                company);
        if (plans.isEmpty()) {
            return out;
        }
        Map<UUID, Set<String>> ownValues = new HashMap<>();
        jdbc.query(
                "select application_id, value from applicant_identifier where application_id = any(?)",
                rs -> {
                    ownValues
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                            .add(rs.getString(2));
                },
                array("uuid", plans.keySet()));
        List<IdentifierMatcher.Stored> mine = own.stream()
                .map(o -> new IdentifierMatcher.Stored(application, company, o.kind(), o.value(), o.shown()))
                .toList();
        plans.forEach((plan, mentions) -> IdentifierMatcher.match(
                        PlanIdentifierScan.of(mentions),
                        mine,
                        companies.get(plan),
                        ownValues.getOrDefault(plan, Set.of()))
                .forEach(hit -> out.put(plan, hit)));
        return out;
    }

    private Array array(String type, Collection<?> values) {
        return jdbc.execute((Connection c) -> c.createArrayOf(type, values.toArray()));
    }

    /** Identifier hits either way around the application: what its plan holds, and what others' plans hold of it. */
    List<Found> around(UUID application) {
        return jdbc.query(
                "select application_id, other_application_id, kind, found from identifier_hit"
                        + " where application_id = ? or other_application_id = ? order by kind",
                (rs, n) -> new Found(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        IdentifierKind.valueOf(rs.getString(3)),
                        rs.getString(4)),
                application,
                application);
    }

    /** Each application's company name as its identifiers show it (absent when none is stored). */
    Map<UUID, String> companyNames(Collection<UUID> applications) {
        Map<UUID, String> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.query(
                "select application_id, shown from applicant_identifier where application_id = any(?)"
                        + " and kind = 'COMPANY_NAME' order by shown",
                rs -> {
                    out.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2));
                },
                array("uuid", applications));
        return out;
    }
}
