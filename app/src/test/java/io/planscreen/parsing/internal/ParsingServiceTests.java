package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The guard around every parse: hostile behaviour ends as a document.* problem for that document only. */
class ParsingServiceTests {

    private static final ParsingProperties FAST = ParsingProperties.defaults().withTimeout(Duration.ofSeconds(3));

    /** Crashes are not timeouts: a deep stack can take seconds to unwind on a loaded machine. */
    private static final ParsingProperties PATIENT =
            ParsingProperties.defaults().withTimeout(Duration.ofSeconds(60));

    private static ParsingService serviceWith(Function<byte[], ParsedDocument> behaviour) {
        return serviceWith(behaviour, FAST);
    }

    private static ParsingService serviceWith(
            Function<byte[], ParsedDocument> behaviour, ParsingProperties properties) {
        FormatParser parser = new FormatParser() {
            @Override
            public DocumentType type() {
                return DocumentType.DOCX;
            }

            @Override
            public ParsedDocument parse(byte[] content, ParseLimits limits) {
                return behaviour.apply(content);
            }
        };
        PdfParser pdf = new PdfParser(new TesseractOcr(properties), properties);
        return new ParsingService(List.of(parser, pdf), properties, null);
    }

    @Test
    void an_endless_loop_times_out_and_the_next_document_still_parses() {
        ParsingService service = serviceWith(content -> {
            while (true) {
                Math.sqrt(content.length); // ignores interrupts, as a stuck parser would
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> service.parse(new byte[] {1}, DocumentType.DOCX))
                .isInstanceOf(PlanScreenException.class)
                .hasMessageStartingWith("document.parse_timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(service.parse(DocumentFixtures.longPlanPdf(1), DocumentType.PDF)
                        .text())
                .contains("개발내용");
    }

    @Test
    void stack_overflow_and_out_of_memory_fail_only_that_document() {
        ParsingService overflow = serviceWith(content -> recurse(0), PATIENT);
        assertThatThrownBy(() -> overflow.parse(new byte[] {1}, DocumentType.DOCX))
                .isInstanceOf(PlanScreenException.class)
                .hasMessageStartingWith("document.unreadable");
        // a hostile file declaring a buffer far beyond the heap, as a crafted image or stream length would
        ParsingService oom = serviceWith(
                content -> {
                    long[] hog = new long[Integer.MAX_VALUE / 2];
                    throw new AssertionError("allocated " + hog.length);
                },
                PATIENT);
        assertThatThrownBy(() -> oom.parse(new byte[] {1}, DocumentType.DOCX))
                .isInstanceOf(PlanScreenException.class)
                .hasMessageStartingWith("document.unreadable");
        assertThat(oom.parse(DocumentFixtures.longPlanPdf(1), DocumentType.PDF).pages())
                .hasSize(1);
    }

    @Test
    void a_type_without_a_parser_is_unsupported() {
        ParsingService service = serviceWith(content -> {
            throw new AssertionError("not called");
        });
        assertThatThrownBy(() -> service.parse(new byte[] {1}, DocumentType.HWP))
                .isInstanceOf(PlanScreenException.class)
                .hasMessageStartingWith("document.unsupported_type");
    }

    @Test
    void a_deep_chain_of_forms_is_parsed_within_the_limits() {
        ParsingService service = new ParsingService(
                List.of(new PdfParser(new TesseractOcr(FAST), FAST)), ParsingProperties.defaults(), null);
        ParsedDocument parsed = service.parse(DocumentFixtures.formChainPdf(20_000), DocumentType.PDF);
        assertThat(parsed.pages()).hasSize(1);
        assertThat(parsed.text()).isEmpty();
    }

    private static ParsedDocument recurse(int depth) {
        return depth < 0 ? null : recurse(depth + 1);
    }
}
