package io.planscreen.evaluation.bench;

import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PSST plans of a given length as PDF (NanumGothic), for the benchmarks: a labelled general-information block,
 * then body lines that differ between companies, one line in {@value #SHARED_EVERY} taken from a pool of
 * passages repeated across companies.
 */
final class SamplePlans {

    static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    /** One in this many body lines comes from {@link #SHARED}: passages that several companies' plans repeat. */
    static final int SHARED_EVERY = 20;

    /**
     * Syllables the body's words are made of. The words mean nothing; what matters to the pipeline is that
     * each company's sentences differ from every other's even after the reuse normalisation (which reads
     * every digit as 0), as real plans do, so the similarity stage sees a realistic spread of text.
     */
    private static final String SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히"
            + "개내대래매배새애재채해게네데레메베세에제체케테페헤강남당랑망방상앙장창캉탕팡항경녕덩령명병성영정청";

    /** Passages sold to many companies (shared text for the reuse lookup to find): fixed for every run. */
    private static final List<String> SHARED = shared();

    private SamplePlans() {}

    private static List<String> shared() {
        Random random = new Random(20261124);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(sentence(random));
        }
        return List.copyOf(out);
    }

    /** A sentence of 7-10 made-up words with a figure, about one printed line long. */
    static String sentence(Random random) {
        StringBuilder out = new StringBuilder();
        int words = 7 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            int syllables = 2 + random.nextInt(2);
            for (int k = 0; k < syllables; k++) {
                out.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
            }
            if (w == words / 2) {
                out.append(' ').append(10 + random.nextInt(990)).append("건");
            }
        }
        return out.append("다.").toString();
    }

    static byte[] psst(int variant, int pages) {
        if (!Files.isReadable(NANUM)) {
            throw new IllegalStateException("needs fonts-nanum (bash scripts/system-packages.sh)");
        }
        List<String> lines = new ArrayList<>(List.of(
                "□ 일반현황",
                "기업명: 벤치마크" + variant + " 주식회사",
                "사업자등록번호: " + BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true),
                "대표자: 김지원",
                "설립일: 2021-03-15",
                "소재지: 부산광역시 해운대구 센텀중앙로 " + (variant % 200 + 1),
                "상시근로자수: " + (5 + variant % 40) + "명",
                "과제명: 진료비 청구 자동화 " + variant + "호",
                "총사업비: " + (100 + variant % 50) + ",000,000원",
                "",
                "1. 문제 인식"));
        Random random = new Random(variant * 7919L + 17);
        int paragraph = 0;
        String[] sections = {"2. 실현 가능성", "3. 성장전략", "4. 팀 구성"};
        int sectionEvery = pages * 10;
        while (lines.size() < pages * 44) {
            lines.add(
                    paragraph % SHARED_EVERY == SHARED_EVERY / 2
                            ? SHARED.get((variant + paragraph / SHARED_EVERY) % SHARED.size())
                            : sentence(random));
            paragraph++;
            if (paragraph % sectionEvery == 0 && paragraph / sectionEvery <= sections.length) {
                lines.add("");
                lines.add(sections[paragraph / sectionEvery - 1]);
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, NANUM.toFile());
            int perPage = (lines.size() + pages - 1) / pages;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(17);
                    content.newLineAtOffset(50, 800);
                    for (int i = p * perPage; i < Math.min(lines.size(), (p + 1) * perPage); i++) {
                        content.showText(lines.get(i));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
