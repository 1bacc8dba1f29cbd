package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
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
 * The HWP fuzz run of 2026-12-04 found a 12 KB file on which hwplib 1.1.10 loops forever: a record with an unknown
 * tag (240, level 60) under the section definition. That input derives from a reference-corpus file, so these
 * tests build the same shape into a plan of our own.
 */
class HwpSectionDefineScanTests {

    private static final int SECD = 's' << 24 | 'e' << 16 | 'c' << 8 | 'd';

    @Test
    void a_section_definition_with_a_record_hwplib_cannot_read_is_refused_at_once() throws Exception {
        byte[] hostile = withRecordAfterSectionDefine(RenderedPlans.plain(Format.HWP), 240, 60, new byte[0]);

        assertThat(HwpSectionDefineScan.stalls(hostile, ParseLimits.defaults().maxUncompressedBytes()))
                .isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                        () -> new HwpParser().parse(hostile, ParseLimits.defaults()))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> assertThat(e.problem())
                        .isEqualTo(ProblemCode.DOCUMENT_UNREADABLE)));
    }

    @Test
    void plans_and_the_records_hwplib_reads_there_pass() throws Exception {
        byte[] plan = RenderedPlans.plain(Format.HWP);

        assertThat(HwpSectionDefineScan.stalls(plan, Long.MAX_VALUE)).isFalse();
        assertThat(HwpSectionDefineScan.stalls(withRecordAfterSectionDefine(plan, 75, 2, new byte[14]), Long.MAX_VALUE))
                .isFalse();
        assertThat(new HwpParser().parse(plan, ParseLimits.defaults()).text()).contains(RenderedPlans.PROBLEM);
    }

    @Test
    void master_page_paragraphs_belong_to_their_list_until_the_last_one() {
        byte[] masterPage = concat(
                record(71, 1, intBytes(SECD)),
                record(73, 2, new byte[40]),
                record(72, 2, new byte[34]),
                record(66, 2, intBytes(3)), // a paragraph of the list, not the last
                record(67, 3, new byte[6]),
                record(66, 2, intBytes(0x80000001)), // the last paragraph of the list
                record(67, 3, new byte[2]),
                record(75, 2, new byte[14]));

        assertThat(HwpSectionDefineScan.stalls(masterPage)).isFalse();
        assertThat(HwpSectionDefineScan.stalls(concat(masterPage, record(66, 2, intBytes(1)))))
                .as("a paragraph record after the list is one hwplib's loop cannot read")
                .isTrue();
        assertThat(HwpSectionDefineScan.stalls(concat(masterPage, record(66, 1, intBytes(1)))))
                .as("the next paragraph of the body ends the section definition")
                .isFalse();
    }

    /** The plan with one record inserted right after the section definition's control header. */
    private static byte[] withRecordAfterSectionDefine(byte[] hwp, int tag, int level, byte[] data) throws Exception {
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
            int at = afterSectionDefineHeader(records);
            byte[] changed =
                    concat(slice(records, 0, at), record(tag, level, data), slice(records, at, records.length));
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream out =
                    new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
                out.write(changed);
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
        return java.util.Arrays.copyOfRange(data, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
