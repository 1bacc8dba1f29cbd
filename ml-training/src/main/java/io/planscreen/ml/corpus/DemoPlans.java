package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code scripts/demo-plans [--out DIR]}: writes the demo profile's sample plans (PDF) and their manifest
 * ({@code plans.tsv}: file, name it is submitted under, program, company, BRN, region, writer) into the service's resources, so the
 * service jar ships a few small generated plans and never the generator. Deterministic: the same seed
 * writes the same bytes.
 */
public final class DemoPlans {

    static final long SEED = 2026L;

    private DemoPlans() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of("app", "src", "main", "resources", "demo");
        if (args.length == 2 && args[0].equals("--out")) {
            out = Path.of(args[1]);
        } else if (args.length != 0) {
            System.err.println("usage: scripts/demo-plans [--out DIR]");
            System.exit(2);
        }
        List<CorpusPlan> plans = pick(new CorpusGenerator().generate(CorpusGenerator.Settings.of(SEED, 160)));
        Files.createDirectories(out);
        StringBuilder manifest = new StringBuilder("# file\tname\tprogram\tcompany\tbrn\tregion\twriter\n");
        for (CorpusPlan plan : plans) {
            String file = plan.id() + ".pdf";
            Files.write(
                    out.resolve(file),
                    signed(
                            PlanRenderers.render(plan.plan(), RenderOptions.plain(RenderOptions.Format.PDF)),
                            author(plan)));
            manifest.append(String.join(
                            "\t",
                            file,
                            "사업계획서-" + file,
                            plan.program(),
                            plan.company().nameKo(),
                            plan.company().brn(),
                            plan.company().region().officialName(),
                            plan.broker() ? "agency " + plan.agency() : "own-voice"))
                    .append('\n');
        }
        Files.writeString(out.resolve("plans.tsv"), manifest, StandardCharsets.UTF_8);
        System.out.printf("[demo-plans] wrote %d plans and plans.tsv to %s%n", plans.size(), out);
    }

    /**
     * Who the file says wrote it, as a word processor fills it in from the machine's user: the agency's
     * consultant for every client of the agency (the house machine), the company's own representative otherwise.
     */
    static String author(CorpusPlan plan) {
        if (plan.broker()) {
            return plan.agencyName() == null ? "agency " + plan.agency() : plan.agencyName() + " 기획팀";
        }
        Object representative = plan.gold().get(FieldKeys.REPRESENTATIVE);
        return representative == null ? plan.company().nameKo() : representative.toString();
    }

    /** The PDF with its Info Author and Creator set (the rest of the bytes as rendered, deterministic). */
    static byte[] signed(byte[] pdf, String author) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.setDocumentId(0L);
            document.getDocumentInformation().setAuthor(author);
            document.getDocumentInformation().setCreator("Hwp 2022");
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Four plans of one broker agency and four own-voice plans, Korean, both programs, interleaved. */
    static List<CorpusPlan> pick(List<CorpusPlan> generated) {
        List<CorpusPlan> korean =
                generated.stream().filter(p -> p.language().equals("ko")).toList();
        String agency = korean.stream()
                .filter(CorpusPlan::broker)
                .filter(p -> p.brokerSections().size() > 2)
                .map(CorpusPlan::agency)
                .findFirst()
                .orElse(null);
        List<CorpusPlan> broker = korean.stream()
                .filter(p -> agency != null && agency.equals(p.agency()))
                .limit(4)
                .toList();
        List<CorpusPlan> own = korean.stream().filter(p -> !p.broker()).limit(4).toList();
        List<CorpusPlan> out = new ArrayList<>();
        for (int i = 0; i < Math.max(broker.size(), own.size()); i++) {
            if (i < broker.size()) {
                out.add(broker.get(i));
            }
            if (i < own.size()) {
                out.add(own.get(i));
            }
        }
        return out;
    }
}
