package io.planscreen.ml.forms;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes filled 2025 창업도약패키지 forms in PDF, DOCX, HWPX and HWP ({@code OUT/<format>/leap-NNN.<ext>}), and
 * in PDF as an office suite exports them ({@code OUT/pdf-office/}, {@link OfficeFormPdf}), with their gold
 * ({@code OUT/<format>/gold.jsonl}), and compares the fill's structure with the real blank form when
 * it is given ({@code --blank DIR} holding {@code plan-form.docx}); says so when it is absent.
 *
 * <pre>java ... io.planscreen.ml.forms.FormFillCommand --out DIR [--count 40] [--seed 42] [--blank DIR]</pre>
 */
public final class FormFillCommand {

    private FormFillCommand() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target", "forms");
        int count = 40;
        long seed = 42;
        Path blank = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--blank" -> blank = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: FormFillCommand --out DIR [--count N] [--seed S] [--blank DIR]");
                    System.exit(2);
                }
            }
        }
        write(out, count, seed);
        System.out.println(structure(blank));
    }

    /** Writes {@code count} fills in every format; the same facts in each format. */
    public static void write(Path out, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<LeapFormFacts> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(LeapFormFacts.draw(random));
        }
        for (RenderOptions.Format format : RenderOptions.Format.values()) {
            Path dir = out.resolve(format.name().toLowerCase(Locale.ROOT));
            Files.createDirectories(dir);
            StringBuilder gold = new StringBuilder();
            for (int i = 0; i < facts.size(); i++) {
                String name = String.format(
                        Locale.ROOT, "leap-%03d.%s", i, format.name().toLowerCase(Locale.ROOT));
                PlanText plan = LeapFormFiller.fill(facts.get(i), i % 2 == 0);
                Files.write(dir.resolve(name), PlanRenderers.render(plan, RenderOptions.plain(format)));
                gold.append(goldLine(name, facts.get(i).gold())).append('\n');
            }
            Files.writeString(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
            System.out.println("[forms] " + facts.size() + " " + format + " fills in " + dir);
        }
        // the same fills as an office suite exports them to PDF: merged cells, open sides, letter-wrapped Korean
        Path office = out.resolve("pdf-office");
        Files.createDirectories(office);
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < facts.size(); i++) {
            String name = String.format(Locale.ROOT, "leap-%03d.pdf", i);
            Files.write(office.resolve(name), OfficeFormPdf.render(LeapFormFiller.fill(facts.get(i), i % 2 == 0)));
            gold.append(goldLine(name, facts.get(i).gold())).append('\n');
        }
        Files.writeString(office.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
        System.out.println("[forms] " + facts.size() + " office-exported PDF fills in " + office);
    }

    private static String goldLine(String file, Map<String, String> gold) {
        return "{\"file\":\"" + file + "\",\"fields\":{"
                + gold.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\"", "\\\"") + "\"")
                        .collect(Collectors.joining(","))
                + "}}";
    }

    /** Which of the fill's label cells the real blank form has, and its guidance lines; or that it is absent. */
    static String structure(Path blankDir) throws IOException {
        Path docx = blankDir == null ? null : blankDir.resolve("plan-form.docx");
        if (docx == null || !Files.exists(docx)) {
            return "[forms] structure: the real blank form (plan-form.docx) is absent"
                    + (blankDir == null ? "" : " from " + blankDir)
                    + ": the fill's structure was not compared with it";
        }
        List<String> cells = new ArrayList<>();
        int guidance = 0;
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument document = new XWPFDocument(in)) {
            for (XWPFTable table : document.getTables()) {
                collect(table, cells);
            }
            for (String cell : cells) {
                guidance += (int)
                        cell.lines().filter(l -> l.strip().startsWith("※")).count();
            }
            for (XWPFParagraph p : document.getParagraphs()) {
                guidance += p.getText().strip().startsWith("※") ? 1 : 0;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String label : LeapFormFiller.FORM_LABELS) {
            String l = compact(label);
            if (cells.stream().noneMatch(c -> compact(c).startsWith(l))) {
                missing.add(label);
            }
        }
        return String.format(
                Locale.ROOT,
                "[forms] structure against %s: %d of the fill's %d label cells are label cells of the real form%s; the real form has %d ※ guidance lines, the fill keeps them in every section",
                docx,
                LeapFormFiller.FORM_LABELS.size() - missing.size(),
                LeapFormFiller.FORM_LABELS.size(),
                missing.isEmpty() ? "" : " (not found: " + missing + ")",
                guidance);
    }

    private static void collect(XWPFTable table, List<String> cells) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    text.append(p.getText()).append('\n');
                }
                cells.add(text.toString());
                for (XWPFTable nested : cell.getTables()) {
                    collect(nested, cells);
                }
            }
        }
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s·ㆍ]", "");
    }
}
