package io.planscreen.ml.forms;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Non-disclosure agreements in the shape of the Kleister NDA set (effective date, jurisdiction, parties, term),
 * rendered to DOCX and PDF with a Kleister-style TSV gold whose {@code party} key repeats: a data set for a program
 * defined only in YAML ({@code evaluation/programs/nda-like.yml}).
 */
public final class NdaSamples {

    private static final List<String> COMPANIES = List.of(
            "Acme Robotics, Inc.",
            "Beta Labs LLC",
            "Cobalt Systems Corp.",
            "Delta Foods Ltd.",
            "Evergreen Bio, Inc.",
            "Fjord Analytics LLC",
            "Granite Health Corp.",
            "Harbor Energy Ltd.");

    private static final List<String> STATES =
            List.of("Delaware", "New York", "California", "Texas", "Massachusetts", "Washington");

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private NdaSamples() {}

    public static void write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String a = COMPANIES.get(random.nextInt(COMPANIES.size()));
            String b =
                    COMPANIES.get((COMPANIES.indexOf(a) + 1 + random.nextInt(COMPANIES.size() - 1)) % COMPANIES.size());
            LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(4000));
            String state = STATES.get(random.nextInt(STATES.size()));
            int years = 1 + random.nextInt(5);
            PlanText contract = new PlanText(
                    "en",
                    "OTHER",
                    List.of(new PlanText.Section(
                            "MUTUAL NON-DISCLOSURE AGREEMENT",
                            "OTHER",
                            List.of(
                                    "This Mutual Non-Disclosure Agreement is made as of " + date.format(LONG)
                                            + " by and between " + a + " and " + b + ".",
                                    "The parties wish to exchange confidential information about a possible business"
                                            + " relationship.",
                                    "The obligations of this Agreement remain in effect for " + years + " years.",
                                    "This Agreement shall be governed by the laws of the State of " + state + "."))),
                    List.of());
            RenderOptions.Format format = i % 2 == 0 ? RenderOptions.Format.DOCX : RenderOptions.Format.PDF;
            String name =
                    String.format(Locale.ROOT, "nda-%03d.%s", i, format.name().toLowerCase(Locale.ROOT));
            Files.write(dir.resolve(name), PlanRenderers.render(contract, RenderOptions.plain(format)));
            gold.append(name)
                    .append('\t')
                    .append("effective_date=")
                    .append(date)
                    .append(" jurisdiction=")
                    .append(state.replace(' ', '_'))
                    .append(" party=")
                    .append(underscored(a))
                    .append(" party=")
                    .append(underscored(b))
                    .append(" term=")
                    .append(years)
                    .append("_years")
                    .append('\n');
        }
        Files.writeString(dir.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
    }

    private static String underscored(String s) {
        return s.replace(' ', '_');
    }
}
