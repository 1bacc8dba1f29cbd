package io.planscreen.evaluation.bench;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.parsing.FileProvenance;
import io.planscreen.parsing.FileProvenanceReader;
import io.planscreen.shared.DocumentType;
import java.nio.file.*;
import java.util.*;
import java.util.Collections;

/**
 * {@code scripts/bench-provenance DEMO_DIR [DIR...]}: what reading a file's provenance (issue 16) costs per plan:
 * the demo's PDFs and one plan rendered as DOCX, HWPX and HWP, 200 reads each, four rounds (the last ones warm);
 * then, for each further directory (e.g. ../shared/corpora/hwp-samples, when present), how many real files name
 * an author, a last saver and a template, how many give nothing, and the slowest read. A measurement, not a test.
 */
public final class ProvenanceBenchmark {

    private ProvenanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path demo = Path.of(args[0]);
        List<byte[]> pdfs = new ArrayList<>();
        try (var files = Files.list(demo)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) pdfs.add(Files.readAllBytes(p));
        }
        // one 40-paragraph plan in the other formats
        PlanText plan = new PlanText(
                "ko",
                "PSST",
                List.of(new PlanText.Section(
                        "1. 문제 인식",
                        "PSST_PROBLEM",
                        Collections.nCopies(
                                40, "국내 중소 제조기업의 설비 고장으로 인한 생산 중단 손실은 연간 3조 원에 이르며, 예지 정비 도입률은 12%에 불과하다."))),
                List.of());
        Map<DocumentType, byte[]> other = new LinkedHashMap<>();
        for (RenderOptions.Format f :
                List.of(RenderOptions.Format.DOCX, RenderOptions.Format.HWPX, RenderOptions.Format.HWP))
            other.put(DocumentType.valueOf(f.name()), PlanRenderers.render(plan, RenderOptions.plain(f)));
        for (int round = 0; round < 4; round++) {
            int n = 200;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) FileProvenanceReader.read(DocumentType.PDF, pdfs.get(i % pdfs.size()));
            double pdf = (System.nanoTime() - t0) / 1e6 / n;
            StringBuilder line = new StringBuilder(String.format(
                    "round %d: PDF %.2f ms (demo plans, %d KB avg)",
                    round, pdf, pdfs.stream().mapToInt(b -> b.length).sum() / pdfs.size() / 1024));
            for (var e : other.entrySet()) {
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++) FileProvenanceReader.read(e.getKey(), e.getValue());
                line.append(String.format(
                        ", %s %.2f ms (%d KB)",
                        e.getKey(), (System.nanoTime() - t0) / 1e6 / n, e.getValue().length / 1024));
            }
            System.out.println(line);
        }
        for (int a = 1; a < args.length; a++) {
            int files = 0, author = 0, saver = 0, fingerprint = 0, none = 0;
            long t0 = System.nanoTime();
            long worst = 0;
            String worstName = "";
            try (var list = Files.walk(Path.of(args[a]))) {
                for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString().toLowerCase();
                    DocumentType type = name.endsWith(".hwpx")
                            ? DocumentType.HWPX
                            : name.endsWith(".hwp")
                                    ? DocumentType.HWP
                                    : name.endsWith(".docx")
                                            ? DocumentType.DOCX
                                            : name.endsWith(".pdf") ? DocumentType.PDF : null;
                    if (type == null) continue;
                    byte[] bytes = Files.readAllBytes(p);
                    long t = System.nanoTime();
                    var read = FileProvenanceReader.read(type, bytes);
                    long took = System.nanoTime() - t;
                    if (took > worst) {
                        worst = took;
                        worstName = p.getFileName().toString();
                    }
                    files++;
                    if (read.author() != null) author++;
                    if (read.lastSavedBy() != null) saver++;
                    if (!read.templateFingerprint().isEmpty()) fingerprint++;
                    if (read.equals(FileProvenance.NONE)) none++;
                }
            }
            System.out.printf(
                    "%s: %d files, author %d, last saved by %d, template fingerprint %d, nothing readable %d; %.1f ms total, slowest %.1f ms (%s)%n",
                    args[a],
                    files,
                    author,
                    saver,
                    fingerprint,
                    none,
                    (System.nanoTime() - t0) / 1e6,
                    worst / 1e6,
                    worstName);
        }
    }
}
