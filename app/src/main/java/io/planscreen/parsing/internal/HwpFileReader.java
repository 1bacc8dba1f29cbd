package io.planscreen.parsing.internal;

import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.fileheader.FileHeader;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.HPSFException;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.PropertySet;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.SummaryInformation;
import kr.dogfoot.hwplib.reader.ForFileHeader;
import kr.dogfoot.hwplib.reader.bodytext.ForSection;
import kr.dogfoot.hwplib.reader.docinfo.ForDocInfo;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a HWP 5 file with hwplib's record readers ({@code ForFileHeader}, {@code ForDocInfo}, {@code ForSection}),
 * but over streams this class opens, inflates and bounds, instead of through hwplib's {@code HWPReader}:
 *
 * <ul>
 *   <li>every record stream is a {@link HwpStreamReader}, so none of hwplib's loops can spin on a record it does
 *       not know (the file is refused instead);
 *   <li>streams inflate within the parse's uncompressed-byte budget ({@code document.archive_bomb} beyond it;
 *       hwplib inflates without a bound); a damaged compressed stream keeps what inflated before the damage, and a
 *       stream that does not inflate at all is read as stored, as hwplib does;
 *   <li>only what the service reads is read: the memos after the last section, the embedded pictures and the
 *       scripts are not (hwplib's memo loop is where the second fuzzing hang was, and pictures cost time and
 *       memory for nothing).
 * </ul>
 *
 * Password and distribution documents are refused here ({@link HwpParser} names them first with their own codes;
 * hwplib 1.1.10 would decrypt a distribution document's body).
 */
public final class HwpFileReader {

    private static final String SUMMARY = "\u0005HwpSummaryInformation";

    private HwpFileReader() {}

    /** The file header, the document information and every section's paragraphs. */
    static HWPFile read(byte[] content, long maxUncompressedBytes) throws Exception {
        return read(content, maxUncompressedBytes, true);
    }

    /**
     * The file header, the document information (styles, fonts, section count) and the summary stream (author,
     * dates, application), not the body: what provenance needs.
     */
    public static HWPFile header(byte[] content, long maxUncompressedBytes) throws Exception {
        return read(content, maxUncompressedBytes, false);
    }

    private static HWPFile read(byte[] content, long maxUncompressedBytes, boolean sections) throws Exception {
        HWPFile file = new HWPFile();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryEntry root = fs.getRoot();
            ForFileHeader.read(file.getFileHeader(), new HwpStreamReader(stored(root, "FileHeader"), null));
            FileHeader header = file.getFileHeader();
            if (header.hasPassword() || header.isDistribution()) {
                throw new IOException("a password or distribution document: its streams are encrypted");
            }
            Budget budget = new Budget(maxUncompressedBytes);
            byte[] docInfo = budget.stream(root, "DocInfo", header.isCompressed());
            new ForDocInfo().read(file.getDocInfo(), new HwpStreamReader(docInfo, header.getVersion()));
            if (!sections) {
                file.setSummaryInformation(summary(root, maxUncompressedBytes));
                return file;
            }
            DirectoryEntry body = (DirectoryEntry) root.getEntry("BodyText");
            int count = file.getDocInfo().getDocumentProperties().getSectionCount();
            for (int index = 0; index < count; index++) {
                byte[] records = budget.stream(body, "Section" + index, header.isCompressed());
                HwpStreamReader reader = new HwpStreamReader(records, header.getVersion());
                reader.setDocInfo(file.getDocInfo());
                ForSection.read(file.getBodyText().addNewSection(), reader);
            }
            return file;
        }
    }

    /** Read with hwplib's copy of POI, as hwplib reads it; none when absent or not a property set. */
    private static @Nullable SummaryInformation summary(DirectoryEntry root, long maxBytes) throws IOException {
        if (!root.hasEntry(SUMMARY)) {
            return null;
        }
        try (InputStream in = new DocumentInputStream(document(root, SUMMARY))) {
            return new SummaryInformation(new PropertySet(in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE))));
        } catch (HPSFException | UnsupportedEncodingException notOne) {
            return null;
        }
    }

    private static byte[] stored(DirectoryEntry parent, String name) throws IOException {
        try (InputStream in = new DocumentInputStream(document(parent, name))) {
            return in.readAllBytes();
        }
    }

    private static DocumentEntry document(DirectoryEntry parent, String name) throws IOException {
        Entry entry = parent.getEntry(name); // FileNotFoundException when absent
        if (entry instanceof DocumentEntry document) {
            return document;
        }
        throw new IOException(name + " is not a stream");
    }

    /** What the file's streams may still inflate to. */
    private static final class Budget {

        private long left;

        Budget(long bytes) {
            this.left = bytes;
        }

        byte[] stream(DirectoryEntry parent, String name, boolean compressed) throws IOException {
            byte[] stored = stored(parent, name);
            byte[] records = compressed ? inflated(stored) : stored;
            left -= records.length;
            if (left < 0) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_ARCHIVE_BOMB);
            }
            return records;
        }

        /** Raw deflate as Hancom writes it; what came out before damage; the stored bytes if nothing did. */
        private byte[] inflated(byte[] stored) {
            Inflater inflater = new Inflater(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                inflater.setInput(stored);
                byte[] buffer = new byte[64 * 1024];
                while (!inflater.finished() && out.size() <= left) {
                    int n = inflater.inflate(buffer);
                    if (n == 0) {
                        break; // truncated (needs input) or a dictionary Hancom never uses: keep what came out
                    }
                    out.write(buffer, 0, n);
                }
            } catch (DataFormatException damaged) {
                // keep what came out before the damage
            } finally {
                inflater.end();
            }
            if (out.size() > left) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_ARCHIVE_BOMB);
            }
            return out.size() == 0 ? stored : out.toByteArray();
        }
    }
}
