package io.planscreen.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Real PSST business plans as PDF (NanumGothic), for tests that upload or self-assess a plan. */
public final class PlanPdfs {

    public static final File NANUM = new File("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    private PlanPdfs() {}

    /** A PSST plan: general status with the company's fields, then the four sections, padded to {@code pages}. */
    public static byte[] psst(String company, String brn, int pages) {
        List<String> lines = new ArrayList<>(List.of(
                "□ 일반현황",
                "기업명: " + company,
                "사업자등록번호: " + brn,
                "대표자: 김지원",
                "설립일: 2021-03-15",
                "소재지: 부산광역시 해운대구 센텀중앙로 79",
                "상시근로자수: 12명",
                "과제명: 동물병원 진료비 청구 자동화 서비스",
                "총사업비: 150,000,000원",
                "",
                "1. 문제 인식",
                "국내 반려동물 보험 시장은 2024년 1조 2,000억 원 규모이며 연 18% 성장하고 있다.",
                "부산·경남 동물병원 42곳의 수의사 57명을 인터뷰해 보험 청구에 평균 3.5일이 걸린다는 것을 확인했다.",
                "보호자 설문(응답 1,204명)에서 61%가 청구 절차 때문에 보험 가입을 포기했다고 답했다.",
                "",
                "2. 실현 가능성",
                "진료 기록을 표준 청구서로 바꾸는 변환기를 2025년 3월까지 병원 10곳에서 시범 운영한다.",
                "현재 시제품은 청구서 항목 24개 중 21개를 자동으로 채우며 정확도는 97.2%이다.",
                "",
                "3. 성장전략",
                "1차 연도에 병원 120곳, 2차 연도에 400곳과 계약하여 월 구독료 9만 원으로 매출 4억 3,200만 원을 목표로 한다.",
                "보험사 3곳과 청구 연동 협약을 2025년 6월까지 체결한다.",
                "",
                "4. 팀 구성",
                "대표 김지원(수의사, 진료 경력 8년), CTO 박민수(결제 시스템 개발 10년), 개발자 3명, 영업 2명.",
                "2025년 하반기에 데이터 엔지니어 1명을 채용한다."));
        int page = 1;
        while (lines.size() < pages * 40) {
            lines.add("");
            lines.add("부록 " + page++ + ". 시범 병원 운영 기록");
            for (int i = 0; i < 12; i++) {
                lines.add("시범 병원 " + (i + 1) + "번의 월 청구 건수는 " + (700 + i * 13) + "건이며 처리 시간은 " + (3 + i % 3)
                        + "일에서 1일로 줄었다.");
            }
        }
        return render(lines, pages);
    }

    public static byte[] render(List<String> lines, int pages) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, NANUM);
            int perPage = Math.max(1, (lines.size() + pages - 1) / pages);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(16);
                    content.newLineAtOffset(56, 790);
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
