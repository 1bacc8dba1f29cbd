package io.planscreen.audit.internal;

import io.planscreen.shared.CsvCell;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 4180 CSV of log records. A cell that a spreadsheet would run as a formula gets a leading apostrophe
 * ({@link CsvCell}); everything else is exactly as stored, output JSON included.
 */
final class DecisionCsv {

    static final String HEADER = "id,recorded_at,decided_at,step,actor,application,model_version,model_sha256,"
            + "prompt_path,prompt_sha256,input_sha256,outcome,output_json,explanation,prev_hash,record_hash\r\n";

    private DecisionCsv() {}

    static String write(List<Decisions.Found> found) {
        StringBuilder out = new StringBuilder(HEADER);
        for (Decisions.Found f : found) {
            AuditRecord r = f.record();
            out.append(r.id());
            for (Object cell : new Object[] {
                AuditChain.timestamp(r.recordedAt()),
                AuditChain.timestamp(r.decidedAt()),
                r.step(),
                r.actor(),
                r.application(),
                r.modelVersion(),
                r.modelSha256(),
                r.promptPath(),
                r.promptSha256(),
                r.inputSha256(),
                f.outcome(),
                r.outputJson(),
                r.explanation(),
                r.prevHash(),
                r.recordHash()
            }) {
                out.append(',').append(cell(cell));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** A search as a download: {@code format=json} gives the API's JSON, anything else this CSV. */
    static ResponseEntity<byte[]> download(List<Decisions.Found> found, String format, JsonMapper json) {
        boolean csv = !"json".equalsIgnoreCase(format);
        byte[] body = csv
                ? write(found).getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(
                        found.stream().map(f -> DecisionView.of(f, json)).toList());
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"planscreen-decisions." + (csv ? "csv" : "json") + "\"")
                .body(body);
    }

    static String cell(@Nullable Object value) {
        return CsvCell.of(value);
    }
}
