package io.planscreen.parsing.internal;

import io.planscreen.shared.DocumentProtection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Finds, before hwplib reads a file, a section definition hwplib 1.1.10 (the latest release) would never finish
 * reading: its {@code ForControlSectionDefine} reads the records under a 'secd' control header in a loop and
 * knows only PAGE_DEF, FOOTNOTE_SHAPE, PAGE_BORDER_FILL, CTRL_DATA and master-page lists (LIST_HEADER and their
 * paragraphs); any other record there is neither read nor skipped, so the loop spins forever on it. Found by
 * fuzzing HWP (docs/robustness.md); such a file held a parse thread until the 30 s parse timeout stopped it.
 * The scan mirrors that loop on the body's records and nothing more: a file it cannot read is left to hwplib.
 */
final class HwpSectionDefineScan {

    private static final int PARA_HEADER = 66;

    private static final int CTRL_HEADER = 71;

    private static final int LIST_HEADER = 72;

    /** What hwplib's section-definition loop reads (LIST_HEADER starts a master page's paragraph list). */
    private static final Set<Integer> SECTION_DEFINE_RECORDS = Set.of(LIST_HEADER, 73, 74, 75, 87);

    /** 'secd' as HWP stores a control id: the four characters of MAKE_4CHID, little-endian. */
    private static final int SECD = 's' << 24 | 'e' << 16 | 'c' << 8 | 'd';

    private static final long LAST_IN_LIST = 0x80000000L;

    private HwpSectionDefineScan() {}

    /** Whether a body section of the file holds a section definition hwplib would loop on. */
    static boolean stalls(byte[] content, long maxUncompressedBytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (!fs.getRoot().hasEntry("FileHeader") || !fs.getRoot().hasEntry("BodyText")) {
                return false;
            }
            boolean compressed;
            try (InputStream in = fs.createDocumentInputStream("FileHeader")) {
                compressed = (DocumentProtection.hwpProperties(in.readNBytes(40)) & 1) != 0;
            }
            long budget = maxUncompressedBytes;
            for (Entry entry : (DirectoryEntry) fs.getRoot().getEntry("BodyText")) {
                if (entry instanceof DocumentEntry section && budget > 0) {
                    byte[] records = records(section, compressed, budget);
                    budget -= records.length;
                    if (stalls(records)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException unreadable) {
            return false; // hwplib will say what is wrong with it
        }
    }

    /** A section's records, inflated when the file is compressed, as far as they can be read. */
    private static byte[] records(DocumentEntry section, boolean compressed, long budget) throws IOException {
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream raw = new DocumentInputStream(section);
                InputStream in = compressed ? new InflaterInputStream(raw, inflater) : raw) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; out.size() < budget && (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException truncated) {
            // a damaged stream: scan what came out of it, as hwplib reads it
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /** Replays hwplib's section-definition loop over one section's records. */
    static boolean stalls(byte[] data) {
        int secd = -1; // level of the section definition being read, -1 outside one
        int paragraph = -1; // level of the master-page paragraph being read, -1 outside a list
        boolean lastParagraph = false;
        for (int p = 0; p + 4 <= data.length; ) {
            int header = intAt(data, p);
            p += 4;
            int tag = header & 0x3FF;
            int level = (header >>> 10) & 0x3FF;
            long size = (header >>> 20) & 0xFFF;
            if (size == 0xFFF) {
                if (p + 4 > data.length) {
                    break;
                }
                size = intAt(data, p) & 0xFFFFFFFFL;
                p += 4;
            }
            if (secd >= 0 && level <= secd) {
                secd = -1;
                paragraph = -1;
            }
            if (paragraph >= 0 && level <= paragraph) {
                if (lastParagraph) {
                    paragraph = -1; // the list is over: this record is the section definition's again
                } else {
                    paragraph = level; // the next paragraph of the list
                    lastParagraph = lastInList(data, p, size);
                }
            }
            if (secd >= 0 && paragraph < 0) {
                if (!SECTION_DEFINE_RECORDS.contains(tag)) {
                    return true;
                }
                if (tag == LIST_HEADER) {
                    paragraph = Integer.MAX_VALUE; // whatever comes next is the list's first paragraph
                    lastParagraph = false;
                }
            }
            if (tag == CTRL_HEADER && secd < 0 && size >= 4 && p + 4 <= data.length && intAt(data, p) == SECD) {
                secd = level;
            }
            p += (int) Math.min(size, data.length - p);
        }
        return false;
    }

    /** A PARA_HEADER's character count carries the last-paragraph-in-list flag in its top bit. */
    private static boolean lastInList(byte[] data, int at, long size) {
        return size >= 4 && at + 4 <= data.length && (intAt(data, at) & LAST_IN_LIST) != 0;
    }

    private static int intAt(byte[] data, int at) {
        return (data[at] & 0xFF)
                | (data[at + 1] & 0xFF) << 8
                | (data[at + 2] & 0xFF) << 16
                | (data[at + 3] & 0xFF) << 24;
    }
}
