package io.planscreen.similarity.internal;

import io.planscreen.shared.ApplicationId;
import io.planscreen.similarity.WriterEvidence;
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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writer links as a graph: the links reachable from some applications (walked both ways), the rows of their
 * writer evidence, and each application's cluster size and flag for the queue (union-find over the links).
 */
final class WriterGraph {

    private final JdbcTemplate jdbc;

    WriterGraph(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Link(UUID from, UUID to, String kind, int weight) {}

    record Row(
            UUID company,
            @Nullable String writer,
            String fingerprint,
            @Nullable String author) {}

    /** Every link reachable from the start applications (breadth first, at most WriterService.MAX_MEMBERS applications). */
    List<Link> reachable(Collection<UUID> start) {
        Set<UUID> seen = new HashSet<>(start);
        Set<UUID> frontier = new HashSet<>(start);
        Map<String, Link> links = new LinkedHashMap<>();
        while (!frontier.isEmpty() && seen.size() < WriterService.MAX_MEMBERS) {
            Array ids = jdbc.execute((Connection c) -> c.createArrayOf("uuid", frontier.toArray()));
            List<Link> found = jdbc.query(
                    "select application_id, other_application_id, kind, weight from writer_link"
                            + " where application_id = any(?) or other_application_id = any(?)",
                    (rs, n) -> new Link(
                            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)),
                    ids,
                    ids);
            Set<UUID> next = new HashSet<>();
            for (Link l : found) {
                links.putIfAbsent(l.from() + "/" + l.to() + "/" + l.kind(), l);
                for (UUID end : List.of(l.from(), l.to())) {
                    if (seen.size() < WriterService.MAX_MEMBERS && seen.add(end)) {
                        next.add(end);
                    }
                }
            }
            frontier.clear();
            frontier.addAll(next);
        }
        return new ArrayList<>(links.values());
    }

    Map<UUID, Row> rows(Collection<UUID> applications) {
        Map<UUID, Row> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        Array ids = jdbc.execute((Connection c) -> c.createArrayOf("uuid", applications.toArray()));
        jdbc.query(
                "select application_id, company_id, writer_key, template_fingerprint,"
                        + " coalesce(provenance_json->>'author', provenance_json->>'lastSavedBy')"
                        + " from writer_evidence where application_id = any(?)",
                rs -> {
                    out.put(
                            rs.getObject(1, UUID.class),
                            new Row(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5)));
                },
                ids);
        return out;
    }

    /** Size and flag of each listed application's writer cluster (absent: in none), in one walk (the queue). */
    Map<ApplicationId, WriterEvidence.Size> sizes(Collection<ApplicationId> applications) {
        List<UUID> start = applications.stream().map(ApplicationId::value).toList();
        List<Link> links = reachable(start);
        Map<UUID, UUID> parent = new HashMap<>();
        for (Link l : links) {
            union(parent, l.from(), l.to());
        }
        Map<UUID, Set<UUID>> groups = new HashMap<>();
        for (UUID node : new ArrayList<>(parent.keySet())) {
            groups.computeIfAbsent(find(parent, node), k -> new HashSet<>()).add(node);
        }
        Set<UUID> all = new HashSet<>(parent.keySet());
        Map<UUID, Row> rows = rows(all);
        Map<UUID, Integer> companies = new HashMap<>();
        groups.forEach((root, members) -> companies.put(root, (int) members.stream()
                .map(rows::get)
                .filter(r -> r != null)
                .map(Row::company)
                .distinct()
                .count()));
        // each application's own links: the companies it is tied to directly, and whether to the writer itself (the
        // same file author, or another applicant's BRN/phone/e-mail or two kinds of its identifiers in its plan)
        Map<UUID, Set<UUID>> directCompanies = new HashMap<>();
        Set<UUID> authorLinked = new HashSet<>();
        for (Link l : links) {
            for (UUID[] ends : new UUID[][] {{l.from(), l.to()}, {l.to(), l.from()}}) {
                Row other = rows.get(ends[1]);
                if (other != null && !named(l, ends[0])) {
                    directCompanies
                            .computeIfAbsent(ends[0], k -> new HashSet<>())
                            .add(other.company());
                }
                if (l.kind().equals("AUTHOR")) {
                    authorLinked.add(ends[0]);
                }
            }
            if (l.kind().equals("IDENTIFIER") && l.weight() >= 2) {
                authorLinked.add(l.from());
            }
        }
        Map<ApplicationId, WriterEvidence.Size> out = new HashMap<>();
        for (UUID id : start) {
            if (parent.containsKey(id)) {
                UUID root = find(parent, id);
                int clusterCompanies = companies.get(root);
                out.put(
                        new ApplicationId(id),
                        new WriterEvidence.Size(
                                groups.get(root).size(),
                                clusterCompanies,
                                WriterEvidence.flagged(
                                        clusterCompanies,
                                        directCompanies
                                                .getOrDefault(id, Set.of())
                                                .size(),
                                        authorLinked.contains(id))));
            }
        }
        return out;
    }

    /**
     * The link only says another plan holds this application's identifiers: a plan does not choose who names it,
     * so this never counts towards its own flag (it is shown, and it joins the cluster).
     */
    static boolean named(Link l, UUID application) {
        return l.kind().equals("IDENTIFIER") && l.to().equals(application);
    }

    private static UUID find(Map<UUID, UUID> parent, UUID node) {
        UUID root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(node, root);
        return root;
    }

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        UUID ra = find(parent, a);
        UUID rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
