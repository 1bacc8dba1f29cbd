package io.planscreen.ml.writers;

import io.planscreen.ml.render.DocumentProperties;
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

    static DocumentProperties broker(BrokerHouse house, Applicant client, Random random) {
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
        return new DocumentProperties(
                author,
                random.nextDouble() < 0.8 ? author : DEFAULT_AUTHORS[random.nextInt(DEFAULT_AUTHORS.length)],
                random.nextDouble() < 0.5 ? a.company().nameKo() : "",
                "사업계획서",
                "",
                tool,
                List.of(font, font),
                hancom ? List.of("바탕글", "개요 1") : List.of("Normal", "Heading 1"));
    }
}
