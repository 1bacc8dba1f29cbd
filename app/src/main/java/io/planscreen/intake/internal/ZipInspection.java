package io.planscreen.intake.internal;

import static io.planscreen.intake.internal.IntakeProblems.refuse;

import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a ZIP container from its central directory: the entry count and the declared uncompressed total
 * are checked before a single byte is inflated, then every entry is inflated through a counting guard that
 * stops at the first byte beyond what was declared or allowed (declared sizes can lie). Archives inside
 * the archive (DOCX embeddings) are followed to a bounded depth under the same byte budget.
 */
final class ZipInspection {

    static final int LOCAL_HEADER = 0x04034b50;

    private static final int CENTRAL_HEADER = 0x02014b50;

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    private static final int KEEP = 256;

    record Entry(String name, int method, long compressedSize, long uncompressedSize, long localHeaderOffset) {}

    /** Entry names and the first bytes of each entry (enough to read a mimetype). */
    record Contents(List<String> names, Map<String, byte[]> heads) {

        boolean has(String name) {
            return heads.containsKey(name);
        }

        String head(String name) {
            byte[] head = heads.get(name);
            return head == null ? "" : new String(head, StandardCharsets.US_ASCII).strip();
        }
    }

    private final int maxEntries;

    private final long maxUncompressed;

    private final int maxDepth;

    private long budget;

    ZipInspection(int maxEntries, long maxUncompressed, int maxDepth) {
        this.maxEntries = maxEntries;
        this.maxUncompressed = maxUncompressed;
        this.maxDepth = maxDepth;
        this.budget = maxUncompressed;
    }

    Contents inspect(byte[] zip) {
        return inspect(zip, 0);
    }

    private Contents inspect(byte[] zip, int depth) {
        List<Entry> entries = centralDirectory(zip);
        List<String> names = new ArrayList<>();
        Map<String, byte[]> heads = new HashMap<>();
        for (Entry entry : entries) {
            byte[] head = inflate(zip, entry, depth);
            names.add(entry.name());
            heads.putIfAbsent(entry.name(), head);
        }
        return new Contents(names, heads);
    }

    /** The entries as the central directory lists them; limits checked before anything is inflated. */
    List<Entry> centralDirectory(byte[] zip) {
        int eocd = endOfCentralDirectory(zip);
        if (eocd < 0) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: no end of central directory");
        }
        int declaredEntries = u16(zip, eocd + 10);
        long cdSize = u32(zip, eocd + 12);
        long cdOffset = u32(zip, eocd + 16);
        if (declaredEntries == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdSize == 0xFFFFFFFFL) {
            throw refuse(ProblemCode.DOCUMENT_ARCHIVE_BOMB, "zip64 markers in a document container");
        }
        if (declaredEntries > maxEntries) {
            throw refuse(
                    ProblemCode.DOCUMENT_ARCHIVE_BOMB, "zip declares " + declaredEntries + " entries > " + maxEntries);
        }
        if (cdOffset + cdSize > eocd) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: central directory outside the file");
        }
        List<Entry> entries = new ArrayList<>();
        long declaredTotal = 0;
        int at = (int) cdOffset;
        while (at + 46 <= eocd && u32(zip, at) == CENTRAL_HEADER) {
            if (entries.size() >= maxEntries) {
                throw refuse(ProblemCode.DOCUMENT_ARCHIVE_BOMB, "zip lists more than " + maxEntries + " entries");
            }
            int method = u16(zip, at + 10);
            long compressed = u32(zip, at + 20);
            long uncompressed = u32(zip, at + 24);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long localOffset = u32(zip, at + 42);
            if (at + 46 + nameLength > zip.length) {
                throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: truncated central directory");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            declaredTotal += uncompressed;
            if (declaredTotal > maxUncompressed || uncompressed == 0xFFFFFFFFL) {
                throw refuse(
                        ProblemCode.DOCUMENT_ARCHIVE_BOMB,
                        "zip declares more than " + maxUncompressed + " uncompressed bytes");
            }
            entries.add(new Entry(name, method, compressed, uncompressed, localOffset));
            at += 46 + nameLength + extraLength + commentLength;
        }
        if (entries.isEmpty()) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: empty central directory");
        }
        return entries;
    }

    /** Inflates one entry under the guard; returns its first bytes. Nested archives are inspected too. */
    private byte[] inflate(byte[] zip, Entry entry, int depth) {
        long local = entry.localHeaderOffset();
        if (local + 30 > zip.length || u32(zip, (int) local) != LOCAL_HEADER) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: bad local header for " + entry.name());
        }
        long dataStart = local + 30 + u16(zip, (int) local + 26) + u16(zip, (int) local + 28);
        if (dataStart + entry.compressedSize() > zip.length) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: entry data beyond the file: " + entry.name());
        }
        int offset = (int) dataStart;
        int length = (int) entry.compressedSize();
        boolean nestedCandidate = entry.uncompressedSize() >= 4;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long produced;
        if (entry.method() == 0) {
            produced = length;
            charge(entry, produced);
            kept.write(zip, offset, length);
        } else if (entry.method() == 8) {
            produced = inflateGuarded(zip, offset, length, entry, kept);
        } else {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: compression method " + entry.method());
        }
        byte[] bytes = kept.toByteArray();
        if (nestedCandidate && bytes.length >= 4 && u32(bytes, 0) == LOCAL_HEADER) {
            if (depth + 1 > maxDepth) {
                throw refuse(ProblemCode.DOCUMENT_ARCHIVE_BOMB, "archives nested deeper than " + maxDepth);
            }
            inspect(bytes, depth + 1);
        }
        return bytes.length <= KEEP ? bytes : Arrays.copyOf(bytes, KEEP);
    }

    private long inflateGuarded(byte[] zip, int offset, int length, Entry entry, ByteArrayOutputStream kept) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, offset, length);
            byte[] chunk = new byte[64 * 1024];
            long produced = 0;
            boolean keepAll = false;
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                if (produced == 0 && n >= 4 && u32(chunk, 0) == LOCAL_HEADER) {
                    keepAll = true;
                }
                produced += n;
                charge(entry, produced);
                if (keepAll || kept.size() < KEEP) {
                    kept.write(chunk, 0, keepAll ? n : Math.min(n, KEEP - kept.size()));
                }
            }
            budget -= produced;
            return produced;
        } catch (DataFormatException e) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "zip: corrupt deflate data in " + entry.name());
        } finally {
            inflater.end();
        }
    }

    /** The counting guard: more than the entry declared, or more than the whole budget, stops here. */
    private void charge(Entry entry, long producedSoFar) {
        if (producedSoFar > entry.uncompressedSize()) {
            throw refuse(
                    ProblemCode.DOCUMENT_ARCHIVE_BOMB,
                    "zip entry " + entry.name() + " inflates beyond its declared " + entry.uncompressedSize()
                            + " bytes");
        }
        if (producedSoFar > budget) {
            throw refuse(ProblemCode.DOCUMENT_ARCHIVE_BOMB, "zip inflates beyond " + maxUncompressed + " bytes");
        }
        if (entry.method() == 0) {
            budget -= producedSoFar;
        }
    }

    /** Position of a consistent end-of-central-directory record, or -1. */
    static int endOfCentralDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - 22 - 65_535);
        for (int at = zip.length - 22; at >= lowest; at--) {
            if (u32(zip, at) == END_OF_CENTRAL_DIRECTORY && at + 22 + u16(zip, at + 20) <= zip.length) {
                return at;
            }
        }
        return -1;
    }

    /** True when a ZIP's central directory sits right before its end record (a real archive, not noise). */
    static boolean hasZipTail(byte[] bytes) {
        int eocd = endOfCentralDirectory(bytes);
        if (eocd < 0) {
            return false;
        }
        long cdSize = u32(bytes, eocd + 12);
        long cdStart = eocd - cdSize;
        return cdSize >= 46 && cdStart >= 0 && u32(bytes, (int) cdStart) == CENTRAL_HEADER;
    }

    static int u16(byte[] b, int at) {
        if (at < 0 || at + 2 > b.length) {
            return -1;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return -1;
        }
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
