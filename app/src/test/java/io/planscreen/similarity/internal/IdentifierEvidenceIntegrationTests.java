package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.parsing.FileProvenance;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.WriterEvidence;
import io.planscreen.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another applicant's identifiers left in a plan, through the real similarity stage's writer evidence on
 * PostgreSQL: a former client's name and BRN in two later plans link them to it (IDENTIFIER) and form a writer
 * cluster of three companies, flagged for the plans that hold the identifiers and not for the company they name;
 * identifiers arriving before their owner are linked when the owner is stored; the plan's own identifiers, a
 * famous company, the agency and an ordinary word that is also an applicant's short name are no hit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentifierEvidenceIntegrationTests {

    @Autowired
    TextReuseService reuse;

    @Autowired
    WriterService writers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    final Random random = new Random();

    final String run = Long.toString(System.nanoTime(), 36).substring(4);

    @Test
    void a_former_clients_name_and_brn_left_in_later_plans_tie_them_to_its_writer() {
        ProgramId startup = new ProgramId("startup-psst");
        ProgramId rnd = new ProgramId("smtech-rnd");
        String formerName = "해담스튜디오" + run;
        String formerBrn = TestUsers.randomValidBrn();
        CompanyId former = accounts.createCompany("주식회사 " + formerName, formerBrn, "서울특별시");
        ApplicationId formerPlan =
                store(former, startup, formerName + "은 2019년에 설립된 콘텐츠 기업입니다. 사업자등록번호 " + formerBrn + ".");

        // two later clients, another program: the agency's text still carries the former client's name and BRN
        String leftOver = "(주)" + formerName + "은 2019년에 설립되었으며 사업자등록번호는 " + formerBrn + "입니다.";
        CompanyId second = company("누리소프트" + run);
        ApplicationId secondPlan = store(second, rnd, "누리소프트" + run + " 사업계획서. " + leftOver);
        CompanyId third = company("한결로보틱스" + run);
        ApplicationId thirdPlan = store(third, startup, leftOver + " 한결로보틱스" + run + "의 성장 전략.");

        assertThat(links(secondPlan))
                .containsExactly(Map.of("other", formerPlan.value(), "kind", "IDENTIFIER", "weight", 2));
        assertThat(jdbc.queryForList(
                        "select kind from identifier_hit where application_id = ? order by kind",
                        String.class,
                        secondPlan.value()))
                .containsExactly("BRN", "COMPANY_NAME");

        WriterEvidence.Cluster cluster = writers.cluster(secondPlan, id -> true).orElseThrow();
        assertThat(cluster.applications()).isEqualTo(3);
        assertThat(cluster.companies()).isEqualTo(3);
        assertThat(cluster.shared()).contains("IDENTIFIER");
        assertThat(cluster.flagged()).isTrue();
        WriterEvidence.Member named = cluster.members().stream()
                .filter(m -> m.application().equals(formerPlan))
                .findFirst()
                .orElseThrow();
        assertThat(named.links()).containsExactly("IDENTIFIER");
        assertThat(named.company()).isEqualTo("주식회사 " + formerName);
        assertThat(named.identifiers())
                .extracting(WriterEvidence.Identifier::kind, WriterEvidence.Identifier::heldHere)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("BRN", true),
                        org.assertj.core.groups.Tuple.tuple("COMPANY_NAME", true));
        assertThat(named.identifiers())
                .extracting(WriterEvidence.Identifier::found)
                .contains(formerBrn);
        // the company they name did not choose to be named: in the cluster, not flagged
        WriterEvidence.Cluster ofFormer =
                writers.cluster(formerPlan, id -> true).orElseThrow();
        assertThat(ofFormer.flagged()).isFalse();
        assertThat(ofFormer.members())
                .allSatisfy(m -> assertThat(m.identifiers()).allMatch(i -> !i.heldHere()));
        assertThat(writers.clusterSizes(List.of(formerPlan, secondPlan, thirdPlan)))
                .containsEntry(formerPlan, new WriterEvidence.Size(3, 3, false))
                .containsEntry(secondPlan, new WriterEvidence.Size(3, 3, true))
                .containsEntry(thirdPlan, new WriterEvidence.Size(3, 3, true));

        // a viewer who may not read the former client's application: counted, neither named nor shown
        WriterEvidence.Cluster filtered =
                writers.cluster(secondPlan, id -> !id.equals(formerPlan)).orElseThrow();
        assertThat(filtered.withheldIdentifiers()).isEqualTo(1);
        assertThat(filtered.members()).noneMatch(m -> m.application().equals(formerPlan));
        assertThat(filtered.members())
                .allSatisfy(m -> assertThat(m.identifiers()).isEmpty());
    }

    @Test
    void a_plan_stored_before_the_applicant_it_names_is_linked_when_that_applicant_arrives() {
        ProgramId program = new ProgramId("startup-psst");
        String laterBrn = TestUsers.randomValidBrn();
        CompanyId early = company("새벽정밀" + run);
        ApplicationId earlyPlan = store(early, program, "새벽정밀" + run + " 계획서. 참고: 사업자등록번호 " + laterBrn + ".");
        assertThat(links(earlyPlan)).isEmpty();
        CompanyId later = accounts.createCompany("노을바이오랩" + run, laterBrn, "부산광역시");
        ApplicationId laterPlan = store(later, program, "노을바이오랩" + run + "의 사업계획서입니다.");
        assertThat(links(earlyPlan))
                .containsExactly(Map.of("other", laterPlan.value(), "kind", "IDENTIFIER", "weight", 2));
        assertThat(links(laterPlan)).isEmpty();
    }

    @Test
    void a_representative_with_the_address_names_an_applicant_and_famous_names_or_ordinary_words_do_not() {
        ProgramId program = new ProgramId("startup-psst");
        // a road name unique to the run (the test database keeps earlier runs' applicants)
        String road = "가온" + TextReuseIntegrationTests.own(random).substring(0, 3) + "로";
        // a person unique to the run too: a name held by more than three companies is no one's identifier
        String representative = "김" + TextReuseIntegrationTests.own(random).substring(0, 2);
        CompanyId owner = company("가온메디텍" + run);
        ApplicationId ownerPlan = ApplicationId.random();
        jdbc.update(
                "insert into extraction_result (application_id, program_id, program_version, extractor_version,"
                        + " input_sha256, result) values (?, ?, 1, 'test', ?, ?::jsonb)",
                ownerPlan.value(),
                program.value(),
                "0".repeat(64),
                JsonMapper.builder()
                        .build()
                        .writeValueAsString(new ExtractionResult(
                                program,
                                List.of(
                                        field(FieldKeys.REPRESENTATIVE, representative),
                                        field(FieldKeys.REGION, "서울특별시 강남구 " + road + " 77, 3층")),
                                List.of(),
                                new ExtractionResult.PaperworkReport(0, 0, 0, List.of()),
                                "test",
                                null,
                                null,
                                null,
                                0,
                                List.of())));
        store(ownerPlan, owner, program, "가온메디텍" + run + " 계획서.");
        // a short applicant name that is an ordinary word
        CompanyId ordinary = accounts.createCompany("미래", TestUsers.randomValidBrn(), "대구광역시");
        store(ordinary, program, "미래 계획서.");

        CompanyId writer = company("바른컨설팅" + run);
        ApplicationId person = store(writer, program, "대표 " + representative + "은 바이오 분야 10년 경력이다. 미래 성장을 이끈다.");
        ApplicationId famous = store(company("다온푸드" + run), program, "삼성전자와 중소벤처기업부, 창업진흥원의 지원 사업을 참고했다. 미래 시장을 본다.");
        ApplicationId both =
                store(company("라온엣지" + run), program, "대표 " + representative + ", 본사 " + road + " 77에 있다.");

        assertThat(links(person)).isEmpty();
        assertThat(links(famous)).isEmpty();
        assertThat(links(both)).containsExactly(Map.of("other", ownerPlan.value(), "kind", "IDENTIFIER", "weight", 2));
        assertThat(jdbc.queryForList(
                        "select kind from identifier_hit where application_id = ? order by kind",
                        String.class,
                        both.value()))
                .containsExactly("ADDRESS", "REPRESENTATIVE");
    }

    private static ExtractionResult.ExtractedField field(String key, String value) {
        return new ExtractionResult.ExtractedField(
                key, value, value, 1, value, 0, value.length(), 0.9, "offline", null);
    }

    private CompanyId company(String name) {
        return accounts.createCompany(name, TestUsers.randomValidBrn(), "경기도");
    }

    private ApplicationId store(CompanyId company, ProgramId program, String text) {
        return store(ApplicationId.random(), company, program, text);
    }

    private ApplicationId store(ApplicationId id, CompanyId company, ProgramId program, String text) {
        List<String> paragraphs = List.of(TextReuseIntegrationTests.own(random), text);
        ReuseReport report = reuse.compute(id, company, program, TextReuseIntegrationTests.plan(paragraphs));
        writers.record(id, company, program, FileProvenance.NONE, report, String.join("\n", paragraphs));
        return id;
    }

    private List<Map<String, Object>> links(ApplicationId id) {
        return jdbc
                .queryForList(
                        "select other_application_id, kind, weight from writer_link where application_id = ?",
                        id.value())
                .stream()
                .map(r -> Map.<String, Object>of(
                        "other",
                        (UUID) r.get("other_application_id"),
                        "kind",
                        r.get("kind"),
                        "weight",
                        r.get("weight")))
                .toList();
    }
}
