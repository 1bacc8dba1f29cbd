package io.planscreen.cli;

import io.planscreen.ml.corpus.BusinessRegistrationNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** PSST plans of a given length as PDF (NanumGothic), for the benchmarks: each company's text differs. */
final class SamplePlans {

    static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    private SamplePlans() {}

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
        int paragraph = 0;
        String[] sections = {"2. 실현 가능성", "3. 성장전략", "4. 팀 구성"};
        while (lines.size() < pages * 44) {
            lines.add("동물병원 " + (variant * 7 + paragraph) + "곳의 청구 " + (600 + paragraph * 3 + variant)
                    + "건을 분석한 결과 처리 시간이 평균 " + (2 + paragraph % 4) + "일 걸렸고, 보호자 " + (100 + variant)
                    + "명 중 " + (30 + paragraph % 50) + "%가 절차를 포기했다.");
            paragraph++;
            if (paragraph % 110 == 0 && paragraph / 110 <= sections.length) {
                lines.add("");
                lines.add(sections[paragraph / 110 - 1]);
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
