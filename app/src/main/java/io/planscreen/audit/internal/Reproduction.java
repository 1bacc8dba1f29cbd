package io.planscreen.audit.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.Applications;
import io.planscreen.intake.StoredDocument;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-runs a logged extraction or scoring decision on the stored original and compares. The other modules are
 * optional here (audit depends on nobody being present): a missing one answers
 * {@code audit.reproduction_unavailable}.
 *
 * <p>Comparison: the fresh result is serialised canonically (record components, keys sorted alphabetically, what
 * the deciding modules record), then compared on the recorded output's own fields (a module may record a subset, e.g. scoring's
 * probability/flagged/band). {@code identical} means every recorded field has exactly the fresh value;
 * {@code byteIdentical} that the whole serialisations are the same bytes.
 */
@Service
class Reproduction {

    private final AuditLog log;

    private final Applications applications;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final BrokerScoring scoring;

    /** The decision logs' convention for output and input JSON: stable (alphabetical) key order. */
    static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    static final String EXTRACTION_STEP = "extraction.fields";

    private final JsonMapper json;

    Reproduction(
            AuditLog log,
            Applications applications,
            DocumentParsing parsing,
            FieldExtraction extraction,
            BrokerScoring scoring,
            JsonMapper json) {
        this.log = log;
        this.applications = applications;
        this.parsing = parsing;
        this.extraction = extraction;
        this.scoring = scoring;
        this.json = json;
    }

    /**
     * @param mode "offline" (must be identical), "llm" (shown side by side) or "model" (the DJL scorer, must be
     *     identical)
     */
    record ReproductionReport(
            long recordId,
            String step,
            UUID application,
            String mode,
            boolean mustBeIdentical,
            @Nullable String recordedVersion,
            @Nullable String freshVersion,
            boolean versionMatches,
            @Nullable String recordedPromptPath,
            String recordedInputSha256,
            @Nullable String freshInputSha256,
            @Nullable String originalSha256,
            JsonNode recorded,
            JsonNode fresh,
            boolean identical,
            boolean byteIdentical,
            List<Difference> differences,
            Instant reproducedAt) {}

    /** @param path JSON Pointer into the recorded output */
    record Difference(
            String path,
            @Nullable JsonNode recorded,
            @Nullable JsonNode fresh) {}

    ReproductionReport reproduce(long recordId) {
        AuditRecord record =
                log.find(recordId).orElseThrow(() -> new PlanScreenException(AuditProblems.RECORD_NOT_FOUND, recordId));
        return reproduce(record);
    }

    ReproductionReport reproduce(AuditRecord record) {
        if (record.application() == null
                || !(record.step().equals(EXTRACTION_STEP) || record.step().equals(Decisions.SCORING_STEP))) {
            throw new PlanScreenException(AuditProblems.NOT_REPRODUCIBLE, record.id(), record.step());
        }
        ApplicationId application = new ApplicationId(record.application());
        return record.step().equals(EXTRACTION_STEP) ? extraction(record, application) : scoring(record, application);
    }

    private ReproductionReport extraction(AuditRecord record, ApplicationId application) {
        StoredDocument original = applications
                .original(application)
                .orElseThrow(() -> new PlanScreenException(AuditProblems.ORIGINAL_MISSING, application));
        ParsedDocument parsed = parsing.parse(original.content(), original.type());
        boolean llm = record.promptPath() != null;
        ExtractionResult result = llm
                ? extraction.extract(parsed, original.program())
                : extraction.extractOffline(parsed, original.program());
        return compare(
                record,
                llm ? "llm" : "offline",
                !llm,
                result.extractorVersion() + (result.llmModel() == null ? "" : "+" + result.llmModel()),
                AuditChain.sha256(CANONICAL.writeValueAsString(parsed)),
                original.sha256(),
                // the mapper the extraction step recorded its output with (ids as strings, see IdJson)
                json.writeValueAsString(result));
    }

    private ReproductionReport scoring(AuditRecord record, ApplicationId application) {
        String version = record.modelVersion();
        if (version == null) {
            throw new PlanScreenException(AuditProblems.NOT_REPRODUCIBLE, record.id(), record.step());
        }
        BrokerAssessment assessment = scoring.rescore(application, version);
        return compare(
                record, "model", true, assessment.modelVersion(), null, null, CANONICAL.writeValueAsString(assessment));
    }

    private ReproductionReport compare(
            AuditRecord record,
            String mode,
            boolean mustBeIdentical,
            @Nullable String freshVersion,
            @Nullable String freshInputSha256,
            @Nullable String originalSha256,
            String freshJson) {
        JsonNode recorded = json.readTree(record.outputJson());
        JsonNode fresh = json.readTree(freshJson);
        List<Difference> differences = new ArrayList<>();
        diff("", recorded, fresh, differences);
        return new ReproductionReport(
                record.id(),
                record.step(),
                Objects.requireNonNull(record.application()),
                mode,
                mustBeIdentical,
                record.modelVersion(),
                freshVersion,
                record.modelVersion() == null || record.modelVersion().equals(freshVersion),
                record.promptPath(),
                record.inputSha256(),
                freshInputSha256,
                originalSha256,
                recorded,
                fresh,
                differences.isEmpty(),
                record.outputJson().equals(freshJson),
                differences,
                Instant.now());
    }

    /** Walks the recorded output; every place where the fresh output differs (or lacks it) is one difference. */
    static void diff(String path, JsonNode recorded, JsonNode fresh, List<Difference> out) {
        if (recorded instanceof ObjectNode legacyId
                && legacyId.size() == 1
                && legacyId.path("value").isString()
                && fresh.isString()) {
            // records written before ids became plain strings in JSON (issue 17) hold {"value": id}
            recorded = legacyId.get("value");
        }
        if (recorded instanceof ObjectNode recordedObject && fresh instanceof ObjectNode freshObject) {
            for (Map.Entry<String, JsonNode> entry : recordedObject.properties()) {
                JsonNode freshValue = freshObject.get(entry.getKey());
                diff(
                        path + "/" + escape(entry.getKey()),
                        entry.getValue(),
                        freshValue == null ? MissingNode.getInstance() : freshValue,
                        out);
            }
            return;
        }
        if (recorded instanceof ArrayNode recordedArray && fresh instanceof ArrayNode freshArray) {
            Iterator<JsonNode> r = recordedArray.iterator();
            Iterator<JsonNode> f = freshArray.iterator();
            int i = 0;
            while (r.hasNext() || f.hasNext()) {
                JsonNode rv = r.hasNext() ? r.next() : MissingNode.getInstance();
                JsonNode fv = f.hasNext() ? f.next() : MissingNode.getInstance();
                if (rv.isMissingNode() || fv.isMissingNode()) {
                    out.add(new Difference(path + "/" + i, present(rv), present(fv)));
                } else {
                    diff(path + "/" + i, rv, fv, out);
                }
                i++;
            }
            return;
        }
        if (!sameValue(recorded, fresh)) {
            out.add(new Difference(path.isEmpty() ? "/" : path, present(recorded), present(fresh)));
        }
    }

    private static boolean sameValue(JsonNode recorded, JsonNode fresh) {
        if (recorded.isNumber() && fresh.isNumber()) {
            return recorded.decimalValue().compareTo(fresh.decimalValue()) == 0;
        }
        return recorded.equals(fresh);
    }

    private static @Nullable JsonNode present(JsonNode node) {
        return node.isMissingNode() ? JsonNodeFactory.instance.nullNode() : node;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
