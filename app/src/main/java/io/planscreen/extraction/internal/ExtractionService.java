package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ExtractionResult.Finding;
import io.planscreen.extraction.ExtractionResult.Severity;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.extraction.FindingCounts;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Offline rules always, the LLM for what they missed when configured, then checks and the paperwork report. */
@Service
class ExtractionService implements FieldExtraction {

    /** Findings that only an extraction run can produce; kept as stored when findings are re-localised. */
    static final Set<String> RUN_FINDINGS = Set.of(
            "prompt_injection",
            "llm_unavailable",
            "llm_value_rejected",
            "registry_inactive",
            "form_guidance_left",
            "form_placeholder_left");

    static final Locale STORED_LOCALE = Locale.KOREAN;

    private final ProgramCatalog programs;

    private final LlmExtractor llm;

    private final BusinessRegistry registry;

    private final MessageSource messages;

    private final ExtractionRepository repository;

    ExtractionService(
            ProgramCatalog programs,
            LlmExtractor llm,
            BusinessRegistry registry,
            MessageSource messages,
            ExtractionRepository repository) {
        this.programs = programs;
        this.llm = llm;
        this.registry = registry;
        this.messages = messages;
        this.repository = repository;
    }

    @Override
    public ExtractionResult extractOffline(ParsedDocument document, ProgramId program) {
        return extractOffline(document, definition(program));
    }

    ExtractionResult extractOffline(ParsedDocument document, ProgramDefinition definition) {
        List<InjectionDetector.Injection> injections = InjectionDetector.scan(document);
        List<ExtractedField> fields = OfflineExtractor.extract(document, definition, injections);
        List<Finding> findings =
                new ArrayList<>(FieldChecks.check(definition, fields, injections, messages, STORED_LOCALE));
        findings.addAll(FormChecks.check(document, definition, messages, STORED_LOCALE));
        List<String> flags = injections.isEmpty() ? List.of() : List.of("prompt_injection_suspected");
        return new ExtractionResult(
                new ProgramId(definition.id()),
                fields,
                findings,
                PaperworkReports.report(definition, fields, Set.of()),
                OfflineExtractor.VERSION,
                null,
                null,
                null,
                0,
                flags);
    }

    @Override
    public ExtractionResult extract(ParsedDocument document, ProgramId program) {
        return extract(document, definition(program));
    }

    ExtractionResult extract(ParsedDocument document, ProgramDefinition definition) {
        List<InjectionDetector.Injection> injections = InjectionDetector.scan(document);
        List<ExtractedField> offline = OfflineExtractor.extract(document, definition, injections);
        List<String> flags = new ArrayList<>();
        if (!injections.isEmpty()) {
            flags.add("prompt_injection_suspected");
        }
        List<Finding> runFindings = new ArrayList<>();
        List<ExtractedField> fields = offline;
        LlmExtractor.Outcome outcome = null;
        if (llm.enabled()) {
            outcome = llm.improve(document, definition, offline, injections);
            fields = merge(definition, offline, outcome.accepted());
            for (String flag : outcome.flags()) {
                if (!flags.contains(flag)) {
                    flags.add(flag);
                }
            }
            if (outcome.failure() != null) {
                runFindings.add(finding("llm_unavailable", Severity.WARNING, List.of(), "", outcome.failure()));
            }
            outcome.rejected()
                    .forEach((key, reason) -> runFindings.add(finding(
                            "llm_value_rejected", Severity.INFO, List.of(key), "", label(definition, key), reason)));
        }
        Set<String> registryAnswered = new HashSet<>();
        Optional<ExtractedField> brn =
                fields.stream().filter(f -> f.key().equals(FieldKeys.BRN)).findFirst();
        if (brn.isPresent() && BusinessRegistrationNumbers.valid(brn.get().normalized())) {
            Optional<BusinessRegistry.BusinessStatus> status =
                    registry.status(brn.get().normalized());
            status.ifPresent(s -> {
                if (s.active()) {
                    registryAnswered.add(registry.lookup());
                } else {
                    runFindings.add(finding(
                            "registry_inactive",
                            Severity.ERROR,
                            List.of(FieldKeys.BRN),
                            "p." + brn.get().page() + ": " + brn.get().quote(),
                            s.brn(),
                            s.statusText()));
                }
            });
        }
        List<Finding> findings =
                new ArrayList<>(FieldChecks.check(definition, fields, injections, messages, STORED_LOCALE));
        findings.addAll(FormChecks.check(document, definition, messages, STORED_LOCALE));
        findings.addAll(runFindings);
        boolean llmCalled = outcome != null && outcome.model() != null;
        return new ExtractionResult(
                new ProgramId(definition.id()),
                fields,
                findings,
                PaperworkReports.report(definition, fields, registryAnswered),
                OfflineExtractor.VERSION,
                llmCalled ? outcome.model() : null,
                llmCalled ? llm.promptPath() : null,
                llmCalled ? llm.promptSha256() : null,
                outcome == null ? 0 : outcome.tokensSent(),
                flags);
    }

    @Override
    public Optional<ExtractionResult> extracted(ApplicationId application) {
        return repository.find(application).map(ExtractionRepository.Stored::result);
    }

    @Override
    public Optional<ExtractionResult> extracted(ApplicationId application, Locale locale) {
        return repository.find(application).map(stored -> localized(stored, locale));
    }

    @Override
    public Map<ApplicationId, FindingCounts> findingCounts(Collection<ApplicationId> applications) {
        return repository.findingCounts(applications);
    }

    /** Findings again in the reader's language, over the values as corrected. */
    ExtractionResult localized(ExtractionRepository.Stored stored, Locale locale) {
        ExtractionResult result = stored.result();
        Optional<ProgramDefinition> definition =
                programs.get(result.program(), stored.programVersion()).or(() -> programs.get(result.program()));
        if (definition.isEmpty()) {
            return result;
        }
        List<Finding> findings =
                new ArrayList<>(FieldChecks.check(definition.get(), result.fields(), List.of(), messages, locale));
        result.findings().stream().filter(f -> RUN_FINDINGS.contains(f.code())).forEach(findings::add);
        return new ExtractionResult(
                result.program(),
                result.fields(),
                findings,
                result.paperwork(),
                result.extractorVersion(),
                result.llmModel(),
                result.promptPath(),
                result.promptSha256(),
                result.llmTokensSent(),
                result.flags());
    }

    /** LLM values fill gaps; where both read a field the offline value stays (agreement raises its confidence). */
    private static List<ExtractedField> merge(
            ProgramDefinition definition, List<ExtractedField> offline, List<ExtractedField> llm) {
        Map<String, ExtractedField> byKey = new LinkedHashMap<>();
        offline.forEach(f -> byKey.put(f.key(), f));
        for (ExtractedField f : llm) {
            ExtractedField current = byKey.get(f.key());
            if (current == null) {
                byKey.put(f.key(), f);
            } else if (current.normalized().equals(f.normalized())) {
                byKey.put(
                        f.key(),
                        new ExtractedField(
                                current.key(),
                                current.value(),
                                current.normalized(),
                                current.page(),
                                current.quote(),
                                current.start(),
                                current.end(),
                                Math.max(current.confidence(), 0.95),
                                current.extractor(),
                                null));
            }
        }
        List<ExtractedField> out = new ArrayList<>();
        for (ProgramDefinition.FieldSpec spec : definition.fields()) {
            if (byKey.containsKey(spec.key())) {
                out.add(byKey.get(spec.key()));
            }
        }
        return out;
    }

    ProgramCatalog programs() {
        return programs;
    }

    ProgramDefinition definition(ProgramId program) {
        return programs.get(program)
                .orElseThrow(() -> new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND, program.value()));
    }

    private Finding finding(String code, Severity severity, List<String> keys, String evidence, Object... args) {
        return new Finding(
                code, severity, messages.getMessage("finding." + code, args, code, STORED_LOCALE), keys, evidence);
    }

    private static String label(ProgramDefinition definition, String key) {
        return definition.field(key).map(ProgramDefinition.FieldSpec::labelKo).orElse(key);
    }
}
