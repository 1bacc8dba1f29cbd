package io.planscreen.similarity.internal;

import io.planscreen.parsing.FileProvenance;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.WriterEvidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each application's writer evidence (file provenance, links to other companies' applications: passages,
 * file author, identifiers left in a plan through {@link IdentifierStore}) and reads writer clusters back as
 * connected groups of links, walked from the application outwards (at most {@link #MAX_MEMBERS} applications).
 */
@Service
class WriterService implements WriterEvidence {

    static final String VERSION = "writer-links-v2";

    static final int MAX_MEMBERS = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    private final ApplicationEventPublisher events;

    private final IdentifierStore identifiers;

    private final WriterGraph graph;

    WriterService(JdbcTemplate jdbc, ApplicationEventPublisher events, IdentifierStore identifiers) {
        this.jdbc = jdbc;
        this.events = events;
        this.identifiers = identifiers;
        this.graph = new WriterGraph(jdbc);
    }

    /** One application's evidence and links (replacing an earlier run), audited. */
    @Transactional
    public void record(
            ApplicationId application,
            CompanyId company,
            ProgramId program,
            FileProvenance provenance,
            ReuseReport report,
            String planText) {
        UUID id = application.value();
        String json = JSON.writeValueAsString(provenance);
        String writer = provenance.writerKey();
        jdbc.update(
                "insert into writer_evidence (application_id, company_id, program_id, writer_key, template_fingerprint,"
                        + " provenance_json) values (?, ?, ?, ?, ?, ?::jsonb) on conflict (application_id) do update set"
                        + " company_id = excluded.company_id, program_id = excluded.program_id, writer_key ="
                        + " excluded.writer_key, template_fingerprint = excluded.template_fingerprint, provenance_json ="
                        + " excluded.provenance_json, stored_at = now()",
                id,
                company.value(),
                program.value(),
                writer,
                provenance.templateFingerprint(),
                json);
        jdbc.update("delete from writer_link where application_id = ?", id);
        Map<UUID, Set<Integer>> shared = WriterPassages.shared(report);
        List<String> described = new ArrayList<>();
        shared.forEach((other, paragraphs) -> {
            if (WriterPassages.links(paragraphs.size(), report.paragraphsChecked())) {
                link(id, other, "PASSAGES", paragraphs.size());
                described.add(other + " PASSAGES " + paragraphs.size());
            }
        });
        if (writer != null) {
            for (UUID other : jdbc.queryForList(
                    "select application_id from writer_evidence where writer_key = ? and company_id <> ?"
                            + " and application_id <> ? order by stored_at desc limit " + MAX_MEMBERS,
                    UUID.class,
                    writer,
                    company.value(),
                    id)) {
                link(id, other, "AUTHOR", 1);
                described.add(other + " AUTHOR");
            }
        }
        List<String> held = identifiers.record(application, company, planText);
        described.addAll(held);
        events.publishEvent(AuditableDecision.rule("writer-links", VERSION)
                .decided(
                        application,
                        "similarity.writer",
                        TextReuseService.sha256(json),
                        "{\"provenance\":" + json + ",\"links\":" + JSON.writeValueAsString(described) + "}",
                        "file author %s, template %s; %d links to other companies' applications (%d+ paragraphs shared at similarity %.2f+, the same file author, or %d with another applicant's identifiers left in a plan)"
                                .formatted(
                                        writer == null ? "none" : "'" + writer + "'",
                                        provenance.templateFingerprint().isEmpty()
                                                ? "unknown"
                                                : provenance.templateFingerprint(),
                                        described.size(),
                                        MIN_SHARED,
                                        LINK_SIMILARITY,
                                        held.size())));
    }

    private void link(UUID application, UUID other, String kind, int weight) {
        jdbc.update(
                "insert into writer_link (application_id, other_application_id, kind, weight) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                application,
                other,
                kind,
                weight);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileProvenance> provenance(ApplicationId application) {
        return jdbc
                .query(
                        "select provenance_json::text from writer_evidence where application_id = ?",
                        (rs, n) -> rs.getString(1),
                        application.value())
                .stream()
                .findFirst()
                .map(json -> JSON.readValue(json, FileProvenance.class));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Cluster> cluster(ApplicationId application, Predicate<ApplicationId> readable) {
        UUID self = application.value();
        List<WriterGraph.Link> links = graph.reachable(List.of(self));
        if (links.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> all = new HashSet<>();
        links.forEach(l -> {
            all.add(l.from());
            all.add(l.to());
        });
        Map<UUID, WriterGraph.Row> rows = graph.rows(all);
        WriterGraph.Row own = rows.get(self);
        Map<UUID, Set<String>> direct = new HashMap<>();
        Map<UUID, Integer> paragraphs = new HashMap<>();
        Set<String> shared = new TreeSet<>();
        boolean holdsIdentifiers = false;
        Set<UUID> flagCompanies = new HashSet<>();
        for (WriterGraph.Link l : links) {
            shared.add(l.kind());
            holdsIdentifiers |=
                    l.kind().equals("IDENTIFIER") && l.weight() >= 2 && l.from().equals(self);
            UUID other = l.from().equals(self) ? l.to() : l.to().equals(self) ? l.from() : null;
            if (other != null) {
                direct.computeIfAbsent(other, k -> new TreeSet<>()).add(l.kind());
                if (!WriterGraph.named(l, self)) {
                    flagCompanies.add(other);
                }
                if (l.kind().equals("PASSAGES")) {
                    paragraphs.merge(other, l.weight(), Math::max);
                }
            }
        }
        Map<UUID, List<WriterEvidence.Identifier>> held = new HashMap<>();
        for (IdentifierStore.Found f : identifiers.around(self)) {
            boolean here = f.plan().equals(self);
            held.computeIfAbsent(here ? f.owner() : f.plan(), k -> new ArrayList<>())
                    .add(new WriterEvidence.Identifier(f.kind().name(), f.found(), here));
        }
        Set<UUID> companies = new HashSet<>();
        Set<UUID> authorCompanies = new HashSet<>();
        List<Member> members = new ArrayList<>();
        int withheld = 0;
        int withheldIdentifiers = 0;
        for (UUID member : all) {
            WriterGraph.Row row = rows.get(member);
            if (row != null) {
                companies.add(row.company());
            }
            boolean sameTemplate = own != null
                    && row != null
                    && !own.fingerprint().isEmpty()
                    && own.fingerprint().equals(row.fingerprint())
                    && !own.company().equals(row.company());
            if (own != null
                    && row != null
                    && own.writer() != null
                    && own.writer().equals(row.writer())) {
                authorCompanies.add(row.company());
            }
            if (member.equals(self)) {
                continue;
            }
            if (sameTemplate) {
                shared.add("TEMPLATE");
            }
            if (!readable.test(new ApplicationId(member))) {
                withheld++;
                withheldIdentifiers += held.containsKey(member) ? 1 : 0;
                continue;
            }
            members.add(new Member(
                    new ApplicationId(member),
                    List.copyOf(direct.getOrDefault(member, Set.of())),
                    paragraphs.getOrDefault(member, 0),
                    sameTemplate,
                    null,
                    held.getOrDefault(member, List.of())));
        }
        Map<UUID, String> names = identifiers.companyNames(members.stream()
                .filter(m -> !m.identifiers().isEmpty())
                .map(m -> m.application().value())
                .toList());
        members.replaceAll(m -> names.containsKey(m.application().value())
                ? new Member(
                        m.application(),
                        m.links(),
                        m.sharedParagraphs(),
                        m.sameTemplate(),
                        names.get(m.application().value()),
                        m.identifiers())
                : m);
        members.sort(Comparator.comparingInt((Member m) -> -m.links().size())
                .thenComparingInt(m -> -m.sharedParagraphs())
                .thenComparing(m -> m.application().value()));
        boolean authorShared = authorCompanies.size() >= 2;
        Set<UUID> directCompanies = new HashSet<>();
        flagCompanies.forEach(other -> {
            WriterGraph.Row row = rows.get(other);
            if (row != null) {
                directCompanies.add(row.company());
            }
        });
        boolean authorLinked = direct.values().stream().anyMatch(kinds -> kinds.contains("AUTHOR"));
        return Optional.of(new Cluster(
                all.size(),
                companies.size(),
                members,
                withheld,
                List.copyOf(shared),
                authorShared && own != null ? own.author() : null,
                authorShared ? authorCompanies.size() : 0,
                WriterEvidence.flagged(companies.size(), directCompanies.size(), authorLinked || holdsIdentifiers),
                withheldIdentifiers));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ApplicationId, Size> clusterSizes(Collection<ApplicationId> applications) {
        return graph.sizes(applications);
    }
}
