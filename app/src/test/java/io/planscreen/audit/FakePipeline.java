package io.planscreen.audit;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.intake.StoredDocument;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.FileProvenance;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.WriterEvidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Stand-ins for intake, parsing, extraction and scoring, which other modules implement in parallel: small but
 * real deterministic computations over the stored bytes ("key: value" lines), so reproduction has something
 * to re-run and can catch a difference. The LLM path is deliberately not deterministic. Writer clusters are
 * whatever a test says ({@link #flagWriter}).
 */
final class FakePipeline implements Applications, DocumentParsing, FieldExtraction, BrokerScoring, WriterEvidence {

    private final Map<ApplicationId, StoredDocument> originals = new ConcurrentHashMap<>();

    private final AtomicInteger llmCalls = new AtomicInteger();

    private final Set<ApplicationId> writerFlagged = ConcurrentHashMap.newKeySet();

    ApplicationId store(CompanyId company, ProgramId program, String text) {
        ApplicationId id = ApplicationId.random();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        originals.put(id, new StoredDocument(id, company, program, "plan.pdf", DocumentType.PDF, sha256(bytes), bytes));
        return id;
    }

    @Override
    public Optional<StoredDocument> original(ApplicationId application) {
        return Optional.ofNullable(originals.get(application));
    }

    @Override
    public Optional<ApplicationFacts> facts(ApplicationId application) {
        return original(application)
                .map(d -> new ApplicationFacts(
                        d.application(),
                        d.company(),
                        d.program(),
                        d.declaredName(),
                        d.type(),
                        d.sha256(),
                        d.content().length,
                        Instant.parse("2026-06-01T00:00:00Z")));
    }

    @Override
    public ParsedDocument parse(byte[] content, DocumentType type) {
        return new ParsedDocument(
                type,
                "fake-parser-1",
                new String(content, StandardCharsets.UTF_8),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Override
    public Optional<ParsedDocument> parsed(ApplicationId application) {
        return original(application).map(d -> parse(d.content(), d.type()));
    }

    @Override
    public ExtractionResult extractOffline(ParsedDocument document, ProgramId program) {
        List<ExtractionResult.ExtractedField> fields = new ArrayList<>();
        int offset = 0;
        for (String line : document.text().split("\n", -1)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String value = line.substring(colon + 1).strip();
                fields.add(new ExtractionResult.ExtractedField(
                        line.substring(0, colon).strip(),
                        value,
                        value,
                        1,
                        line,
                        offset,
                        offset + line.length(),
                        0.9,
                        "offline",
                        null));
            }
            offset += line.length() + 1;
        }
        return new ExtractionResult(
                program,
                fields,
                List.of(),
                new ExtractionResult.PaperworkReport(fields.size(), fields.size(), 1.0, List.of()),
                "fake-offline-1",
                null,
                null,
                null,
                0,
                List.of());
    }

    @Override
    public ExtractionResult extract(ParsedDocument document, ProgramId program) {
        ExtractionResult offline = extractOffline(document, program);
        return new ExtractionResult(
                program,
                offline.fields(),
                offline.findings(),
                offline.paperwork(),
                offline.extractorVersion(),
                "fake-llm",
                "prompts/extraction/v1",
                "00".repeat(32),
                100 + llmCalls.incrementAndGet(),
                List.of());
    }

    @Override
    public Optional<ExtractionResult> extracted(ApplicationId application) {
        return original(application).map(d -> extractOffline(parse(d.content(), d.type()), d.program()));
    }

    @Override
    public Optional<BrokerAssessment> assessment(ApplicationId application) {
        return Optional.empty();
    }

    /** Probability from the original's hash: the same bytes always score the same. */
    @Override
    public BrokerAssessment rescore(ApplicationId application, String modelVersion) {
        StoredDocument d = original(application).orElseThrow();
        double probability = Integer.parseInt(d.sha256().substring(0, 4), 16) / 65535.0;
        boolean flagged = probability >= 0.5;
        return new BrokerAssessment(
                probability,
                probability >= 0.8
                        ? BrokerAssessment.Band.HIGH
                        : flagged ? BrokerAssessment.Band.MEDIUM : BrokerAssessment.Band.LOW,
                flagged,
                0.5,
                modelVersion,
                "11".repeat(32),
                List.of());
    }

    /** The application is in a flagged writer cluster of three companies. */
    void flagWriter(ApplicationId application) {
        writerFlagged.add(application);
    }

    @Override
    public Optional<FileProvenance> provenance(ApplicationId application) {
        return Optional.empty();
    }

    @Override
    public Optional<Cluster> cluster(ApplicationId application, Predicate<ApplicationId> readable) {
        return Optional.empty();
    }

    @Override
    public Map<ApplicationId, Size> clusterSizes(Collection<ApplicationId> applications) {
        Map<ApplicationId, Size> sizes = new HashMap<>();
        applications.stream().filter(writerFlagged::contains).forEach(a -> sizes.put(a, new Size(3, 3, true)));
        return sizes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
