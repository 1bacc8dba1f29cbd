package io.planscreen.cli;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProgramId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which company each file comes from, so a folder of plans from many companies is submitted as they would
 * arrive: from a manifest (CSV or TSV with a header naming file, company and BRN columns, region optional) or
 * else from the plan's own 기업명 and 사업자등록번호 (parsed and extracted offline, in this process).
 */
final class PlanCompanies {

    static final String MANIFEST = "manifest";

    static final String PLAN = "plan";

    static final String UNIDENTIFIED = "unidentified";

    /** @param source {@link #MANIFEST} or {@link #PLAN} */
    record PlanCompany(String name, String brn, String region, String source) {}

    private final Map<String, PlanCompany> manifest;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final ProgramId program;

    PlanCompanies(
            Map<String, PlanCompany> manifest, DocumentParsing parsing, FieldExtraction extraction, ProgramId program) {
        this.manifest = manifest;
        this.parsing = parsing;
        this.extraction = extraction;
        this.program = program;
    }

    /** The manifest's company for the file when it lists it, else the plan's own; empty when neither says. */
    Optional<PlanCompany> of(Path file, byte[] content) {
        PlanCompany listed = manifest.get(file.getFileName().toString());
        if (listed != null) {
            return Optional.of(listed);
        }
        return fromPlan(file.getFileName().toString(), content);
    }

    private Optional<PlanCompany> fromPlan(String name, byte[] content) {
        Optional<DocumentType> type = typeOf(name);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        ExtractionResult fields;
        try {
            ParsedDocument parsed = parsing.parse(content, type.get());
            fields = extraction.extractOffline(parsed, program);
        } catch (PlanScreenException unreadable) {
            return Optional.empty(); // the upload will be refused with the same document.* code
        }
        Optional<String> company = value(fields, FieldKeys.COMPANY_NAME);
        Optional<String> brn = value(fields, FieldKeys.BRN)
                .filter(BusinessRegistrationNumbers::isValid)
                .map(PlanCompanies::dashed);
        if (company.isEmpty() || brn.isEmpty()) {
            return Optional.empty();
        }
        String region =
                value(fields, FieldKeys.REGION).flatMap(PlanCompanies::region).orElse("미상");
        return Optional.of(new PlanCompany(company.get(), brn.get(), region, PLAN));
    }

    private static Optional<String> region(String value) {
        try {
            return Optional.of(Region.valueOf(value.strip()).officialName());
        } catch (IllegalArgumentException notAName) {
            return Region.fromText(value).map(Region::officialName);
        }
    }

    private static Optional<String> value(ExtractionResult fields, String key) {
        return fields.field(key)
                .map(ExtractionResult.ExtractedField::normalized)
                .filter(v -> !v.isBlank());
    }

    static Optional<DocumentType> typeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (DocumentType type : DocumentType.values()) {
            if (lower.endsWith("." + type.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a manifest: the first line names the columns (file / 파일, company / 기업명, brn / 사업자등록번호,
     * optional region / 소재지), tab-separated when the header has a tab, else comma-separated with RFC 4180
     * quotes.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    static Map<String, PlanCompany> readManifest(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + ": empty manifest");
        }
        String header = lines.get(0).replace("\uFEFF", "");
        char separator = header.contains("\t") ? '\t' : ',';
        List<String> names = split(header, separator);
        int file = column(names, path, "file", "파일", "파일명");
        int company = column(names, path, "company", "기업명", "company_name");
        int brn = column(names, path, "brn", "사업자등록번호", "business_registration_number");
        int region = optionalColumn(names, "region", "소재지");
        Map<String, PlanCompany> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i), separator);
            if (cells.size() <= Math.max(file, Math.max(company, brn))) {
                throw new IllegalArgumentException(path + ":" + (i + 1) + ": too few columns");
            }
            String number = cells.get(brn).strip();
            if (!BusinessRegistrationNumbers.isValid(number)) {
                throw new IllegalArgumentException(
                        path + ":" + (i + 1) + ": " + number + " is not a valid 사업자등록번호 (XXX-XX-XXXXX)");
            }
            String place = region >= 0 && region < cells.size()
                    ? region(cells.get(region)).orElse(cells.get(region).strip())
                    : "미상";
            out.put(
                    cells.get(file).strip(),
                    new PlanCompany(cells.get(company).strip(), dashed(number), place, MANIFEST));
        }
        return out;
    }

    private static int column(List<String> names, Path path, String... accepted) {
        int index = optionalColumn(names, accepted);
        if (index < 0) {
            throw new IllegalArgumentException(path + ": the header needs a column named " + accepted[0]);
        }
        return index;
    }

    private static int optionalColumn(List<String> names, String... accepted) {
        for (int i = 0; i < names.size(); i++) {
            for (String a : accepted) {
                if (names.get(i).strip().equalsIgnoreCase(a)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String dashed(String brn) {
        String d = brn.replace("-", "");
        return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
    }

    static @Nullable String describe(@Nullable PlanCompany company) {
        return company == null ? null : company.name() + " (" + company.brn() + ")";
    }
}
