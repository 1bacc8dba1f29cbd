package io.planscreen.ml.writers;

import io.planscreen.ml.render.DocumentProperties;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** The file properties a plan's file carries: its agency's house machine (as its policy leaves it) or the company's own. */
final class Machines {

    private static final String[] OWN_TOOLS = {
        "Hwp 2020",
        "Hancom Office Hwp 2022",
        "Hancom Office Hwp 2024",
        "Microsoft Office Word",
        "Microsoft Word 2016",
        "Microsoft Word for Microsoft 365",
        "Hancom Docs",
        "Polaris Office"
    };

    private static final String[] DEFAULT_AUTHORS = {"user", "User", "Windows 사용자", "", "admin"};

    private Machines() {}

    /** The call's application window (2025-02-20 to 2025-03-13 16:00 KST): when plans are last saved. */
    private static final Instant WINDOW_START = Instant.parse("2025-02-19T15:00:00Z");

    private static final long WINDOW_SECONDS = 21L * 24 * 3600 + 16 * 3600;

    static DocumentProperties broker(BrokerHouse house, Applicant client, Random random) {
        DocumentProperties.History template = house.machine().history();
        DocumentProperties.History history = new DocumentProperties.History(
                template.created(),
                saved(random),
                template.revision() + 1 + random.nextInt(12),
                20 + random.nextInt(220));
        return withoutHistory(house, client, random).withHistory(history);
    }

    private static DocumentProperties withoutHistory(BrokerHouse house, Applicant client, Random random) {
        DocumentProperties m = house.machine();
        String title = client.company().nameKo() + " 사업계획서";
        return switch (house.metadataPolicy()) {
            case KEEP ->
                new DocumentProperties(
                        m.author(),
                        m.lastSavedBy(),
                        m.company(),
                        title,
                        m.template(),
                        m.creatorTool(),
                        m.fonts(),
                        m.styleNames());
            case SCRUB -> new DocumentProperties("", "", "", title, "", m.creatorTool(), m.fonts(), m.styleNames());
            case CLIENT_AS_AUTHOR ->
                new DocumentProperties(
                        client.company().representativeKo(),
                        random.nextDouble() < 0.7
                                ? m.lastSavedBy()
                                : client.company().representativeKo(),
                        client.company().nameKo(),
                        title,
                        m.template(),
                        m.creatorTool(),
                        m.fonts(),
                        m.styleNames());
        };
    }

    static DocumentProperties own(Applicant a, Random random) {
        double u = random.nextDouble();
        String author = u < 0.45
                ? a.company().representativeKo()
                : u < 0.65 && !a.staff().isEmpty()
                        ? a.principalInvestigator()
                        : DEFAULT_AUTHORS[random.nextInt(DEFAULT_AUTHORS.length)];
        String tool = OWN_TOOLS[random.nextInt(OWN_TOOLS.length)];
        boolean hancom = tool.contains("Hwp") || tool.contains("Hancom");
        String font = BrokerHouses.FONTS[random.nextInt(BrokerHouses.FONTS.length)];
        Instant saved = Instant.parse(saved(random));
        // a company starts its own file weeks before the deadline and edits it many times
        String created =
                saved.minusSeconds(3600L * (24 + random.nextInt(24 * 60))).toString();
        DocumentProperties.History history = new DocumentProperties.History(
                created, saved.toString(), 1 + random.nextInt(40), 30 + random.nextInt(3000));
        return new DocumentProperties(
                author,
                random.nextDouble() < 0.8 ? author : DEFAULT_AUTHORS[random.nextInt(DEFAULT_AUTHORS.length)],
                random.nextDouble() < 0.5 ? a.company().nameKo() : "",
                "사업계획서",
                "",
                tool,
                List.of(font, font),
                hancom ? List.of("바탕글", "개요 1") : List.of("Normal", "Heading 1"),
                history);
    }

    private static String saved(Random random) {
        return WINDOW_START
                .plusSeconds((long) (random.nextDouble() * WINDOW_SECONDS))
                .toString();
    }
}
