package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * The HWP fuzz runs of 2026-12-04 found two files on which hwplib 1.1.10's own reader loops forever: a record of an
 * unknown tag under the section definition, and records after the last section's paragraphs that are not memo
 * lists. Both inputs derive from reference-corpus files, so these tests build the same shapes into a plan of our
 * own and read them through {@link HwpFileReader}.
 */
class HwpFileReaderTests {

    private static final int SECD = 's' << 24 | 'e' << 16 | 'c' << 8 | 'd';

    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @Test
    void a_section_definition_with_a_record_hwplib_cannot_read_is_refused_at_once() throws Exception {
        byte[] hostile = withUnderSectionDefine(record(240, 60, new byte[0]));

        assertRefused(hostile, ProblemCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void a_known_record_of_the_wrong_length_under_the_section_definition_ends_at_once() throws Exception {
        byte[] hostile = withUnderSectionDefine(record(73, 2, new byte[2])); // PAGE_DEF, 40 bytes long

        assertRefused(hostile, ProblemCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void a_record_claiming_more_bytes_than_its_stream_holds_is_refused_before_anything_is_allocated() throws Exception {
        byte[] hostile =
                withUnderSectionDefine(concat(intBytes(240 | 1 << 10 | 0xFFF << 20), intBytes(Integer.MAX_VALUE - 8)));

        assertRefused(hostile, ProblemCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void records_after_the_last_paragraph_that_are_not_memos_are_left_unread() throws Exception {
        byte[] plan = RenderedPlans.plain(Format.HWP);
        byte[] trailing = withSection0(plan, records -> concat(records, record(80, 0, new byte[8])));

        ParsedDocument document =
                assertTimeoutPreemptively(AT_ONCE, () -> new HwpParser().parse(trailing, ParseLimits.defaults()));

        assertThat(document.text())
                .isEqualTo(new HwpParser().parse(plan, ParseLimits.defaults()).text());
        assertThat(document.text()).contains(RenderedPlans.PROBLEM);
    }

    @Test
    void a_section_cut_inside_its_last_record_is_refused() throws Exception {
        byte[] cut =
                withSection0(RenderedPlans.plain(Format.HWP), records -> Arrays.copyOf(records, records.length - 1));

        assertRefused(cut, ProblemCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void sections_that_inflate_past_the_budget_are_an_archive_bomb() throws Exception {
        byte[] plan = RenderedPlans.plain(Format.HWP);
        ParseLimits small = new ParseLimits(300, 1_000, 4_096, 64, false);

        assertThatThrownBy(() -> new HwpParser().parse(plan, small))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> assertThat(e.problem())
                        .isEqualTo(ProblemCode.DOCUMENT_ARCHIVE_BOMB));
    }

    @Test
    void the_header_alone_reads_the_document_information_without_the_body() throws Exception {
        byte[] broken = withSection0(RenderedPlans.plain(Format.HWP), records -> Arrays.copyOf(records, 3));

        var file = HwpFileReader.header(broken, Long.MAX_VALUE);

        assertThat(file.getDocInfo().getDocumentProperties().getSectionCount()).isEqualTo(1);
        assertThat(file.getBodyText().getSectionList()).isEmpty();
        assertRefused(broken, ProblemCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void a_reader_asked_again_and_again_where_it_is_without_moving_gives_up() throws Exception {
        HwpStreamReader reader = new HwpStreamReader(record(80, 0, new byte[8]), null);
        reader.readRecordHeader();

        assertThatThrownBy(() -> {
                    while (!reader.isEndOfStream()) {
                        reader.getCurrentRecordHeader();
                    }
                })
                .isInstanceOf(HwpStreamReader.Stalled.class);
    }

    @Test
    void a_reader_neither_reads_nor_skips_past_the_end_of_its_stream() throws Exception {
        HwpStreamReader reader = new HwpStreamReader(new byte[6], null);

        reader.skip(2);
        assertThat(reader.readUInt4()).isZero();
        assertThat(reader.isEndOfStream()).isTrue();
        assertThatThrownBy(reader::readUInt2).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new HwpStreamReader(new byte[6], null).skip(Integer.MAX_VALUE))
                .isInstanceOf(EOFException.class);
    }

    private static void assertRefused(byte[] hostile, ProblemCode code) {
        assertTimeoutPreemptively(
                AT_ONCE, () -> assertThatThrownBy(() -> new HwpParser().parse(hostile, ParseLimits.defaults()))
                        .isInstanceOfSatisfying(PlanScreenException.class, e -> assertThat(e.problem())
                                .isEqualTo(code)));
    }

    /** The plan with a record inserted right after its section definition's control header. */
    private static byte[] withUnderSectionDefine(byte[] record) throws Exception {
        return withSection0(RenderedPlans.plain(Format.HWP), records -> {
            int at = afterSectionDefineHeader(records);
            return concat(slice(records, 0, at), record, slice(records, at, records.length));
        });
    }

    /** The plan with its first section's (inflated) records changed. */
    private static byte[] withSection0(byte[] hwp, UnaryOperator<byte[]> change) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(hwp))) {
            DirectoryEntry body = (DirectoryEntry) fs.getRoot().getEntry("BodyText");
            byte[] compressed;
            try (InputStream in = new DocumentInputStream((DocumentEntry) body.getEntry("Section0"))) {
                compressed = in.readAllBytes();
            }
            byte[] records;
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(compressed), new Inflater(true))) {
                records = in.readAllBytes();
            }
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream out =
                    new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
                out.write(change.apply(records));
            }
            body.getEntry("Section0").delete();
            body.createDocument("Section0", new ByteArrayInputStream(deflated.toByteArray()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static int afterSectionDefineHeader(byte[] records) {
        for (int p = 0; p + 8 <= records.length; ) {
            int header = intAt(records, p);
            int size = (header >>> 20) & 0xFFF;
            int data = p + 4;
            if (size == 0xFFF) {
                size = intAt(records, data);
                data += 4;
            }
            if ((header & 0x3FF) == 71 && intAt(records, data) == SECD) {
                return data + size;
            }
            p = data + size;
        }
        throw new AssertionError("the rendered plan has no section definition");
    }

    private static byte[] record(int tag, int level, byte[] data) {
        return concat(intBytes(tag | level << 10 | data.length << 20), data);
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    private static int intAt(byte[] data, int at) {
        return (data[at] & 0xFF)
                | (data[at + 1] & 0xFF) << 8
                | (data[at + 2] & 0xFF) << 16
                | (data[at + 3] & 0xFF) << 24;
    }

    private static byte[] slice(byte[] data, int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
