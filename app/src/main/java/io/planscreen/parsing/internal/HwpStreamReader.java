package io.planscreen.parsing.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import kr.dogfoot.hwplib.object.RecordHeader;
import kr.dogfoot.hwplib.object.fileheader.FileVersion;
import kr.dogfoot.hwplib.util.compoundFile.reader.StreamReader;

/**
 * hwplib's record reader over one stream {@link HwpFileReader} opened, which makes sure hwplib moves on.
 *
 * <p>Several loops of hwplib 1.1.10 (the latest release) wait for a record they know and never consume one they do
 * not: the memo loop after the last section, the section definition's loop, and others like them. On such a file
 * they spin forever without reading a byte (found by fuzzing, docs/robustness.md). Each of those loops asks the
 * reader where it is; after {@value #IDLE_QUESTIONS} questions without the position moving this reader throws, and
 * the file is refused like any other file hwplib cannot read. A record header whose size runs past the end of the
 * stream, and reading past that end, throw too (hwplib would allocate the size it read, or go on reading zeros
 * for as many items as a damaged count says), and skipping does not allocate what it skips.
 */
final class HwpStreamReader extends StreamReader {

    /** Far more than any record needs (a few questions each): a loop that asks this often has stalled. */
    static final int IDLE_QUESTIONS = 100_000;

    private long lastPosition = -1;

    private int idleQuestions;

    HwpStreamReader(byte[] records, FileVersion version) {
        this.is = new ByteArrayInputStream(records);
        this.size = records.length;
        this.fileVersion = version;
    }

    /** Thrown when hwplib keeps asking about a position it never leaves. */
    static final class Stalled extends IllegalStateException {
        Stalled(long position) {
            super("hwplib stopped moving at byte " + position + " of a record stream");
        }
    }

    private void watch() {
        long position = getCurrentPosition();
        if (position != lastPosition) {
            lastPosition = position;
            idleQuestions = 0;
        } else if (++idleQuestions > IDLE_QUESTIONS) {
            throw new Stalled(position);
        }
    }

    @Override
    public void readBytes(byte[] buffer) throws IOException {
        if (buffer.length > 0 && getCurrentPosition() + buffer.length > getSize()) {
            throw new EOFException("a record runs past the end of its stream");
        }
        super.readBytes(buffer);
    }

    @Override
    public void skip(int n) throws IOException {
        if (n < 0 || getCurrentPosition() + n > getSize()) {
            throw new EOFException("a record runs past the end of its stream");
        }
        is.skipNBytes(n);
        forwardPosition(n);
    }

    /** A header whose record would run past the stream is refused before hwplib allocates its size. */
    @Override
    public RecordHeader readRecordHeader() throws IOException {
        watch();
        RecordHeader header = super.readRecordHeader();
        if (header.getSize() > getSize() - getCurrentPosition()) {
            throw new EOFException("a record of " + header.getSize() + " bytes runs past the end of its stream");
        }
        return header;
    }

    @Override
    public boolean isEndOfStream() {
        watch();
        return super.isEndOfStream();
    }

    @Override
    public RecordHeader getCurrentRecordHeader() {
        watch();
        return super.getCurrentRecordHeader();
    }

    @Override
    public boolean isEndOfRecord() {
        watch();
        return super.isEndOfRecord();
    }

    @Override
    public boolean isImmediatelyAfterReadingHeader() {
        watch();
        return super.isImmediatelyAfterReadingHeader();
    }

    @Override
    public long getCurrentPositionAfterHeader() {
        watch();
        return super.getCurrentPositionAfterHeader();
    }
}
