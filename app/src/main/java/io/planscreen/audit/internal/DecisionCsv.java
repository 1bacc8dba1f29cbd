package io.planscreen.audit.internal;

import io.planscreen.shared.CsvCell;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    static String cell(@Nullable Object value) {
        return CsvCell.of(value);
    }
}
