package io.planscreen.parsing;

import io.planscreen.parsing.internal.HwpFileReader;
import io.planscreen.shared.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.docinfo.FaceName;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.SummaryInformation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link FileProvenance} from an original of any accepted format. Never throws: a file whose metadata
 * cannot be read has none ({@link FileProvenance#NONE}); the parser says what is wrong with the file itself.
 * Zip entries are read up to {@link #ENTRY_LIMIT} bytes each, and a HWP file's header and document information
 * within it (not its body), so a bomb costs nothing here.
 */
public final class FileProvenanceReader {

    static final int ENTRY_LIMIT = 4 << 20;

    private static final Set<String> ZIP_ENTRIES = Set.of(
            "docProps/core.xml",
            "docProps/app.xml",
            "word/styles.xml",
            "word/fontTable.xml",
            "word/document.xml",
            "Contents/content.hpf",
            "Contents/header.xml",
            "Contents/section0.xml");

    private FileProvenanceReader() {}

    public static FileProvenance read(DocumentType type, byte[] content) {
        try {
            return switch (type) {
                case DOCX -> docx(zipEntries(content));
                case HWPX -> hwpx(zipEntries(content));
                case PDF -> pdf(content);
                case HWP -> hwp(content);
            };
        } catch (Exception | StackOverflowError unreadable) {
            return FileProvenance.NONE;
        }
    }

    private static FileProvenance docx(Map<String, String> entries) {
        String core = entries.getOrDefault("docProps/core.xml", "");
        String app = entries.getOrDefault("docProps/app.xml", "");
        List<String> styles = all(entries.getOrDefault("word/styles.xml", ""), "<w:name w:val=\"([^\"]+)\"");
        List<String> fonts = all(entries.getOrDefault("word/fontTable.xml", ""), "<w:font w:name=\"([^\"]+)\"");
        String document = entries.getOrDefault("word/document.xml", "");
        String page = first(document, "<w:pgSz ([^>]*)/?>");
        String margins = first(document, "<w:pgMar ([^>]*)/?>");
        String pageSetup =
                page == null ? null : attributes(page, "w:w", "w:h") + attributes(margins, "w:top", "w:left");
        return new FileProvenance(
                element(core, "dc:creator"),
                element(core, "cp:lastModifiedBy"),
                element(app, "Company"),
                element(app, "Template"),
                element(app, "Application"),
                null,
                element(core, "dcterms:created"),
                element(core, "dcterms:modified"),
                number(element(core, "cp:revision")),
                number(element(app, "TotalTime")),
                styles,
                fonts,
                pageSetup,
                null);
    }

    private static FileProvenance hwpx(Map<String, String> entries) {
        String opf = entries.getOrDefault("Contents/content.hpf", "");
        String header = entries.getOrDefault("Contents/header.xml", "");
        String section = entries.getOrDefault("Contents/section0.xml", "");
        String page = first(section, "<hp:pagePr ([^>]*)>");
        return new FileProvenance(
                meta(opf, "creator"),
                meta(opf, "lastsaveby"),
                null,
                null,
                null,
                null,
                meta(opf, "CreatedDate"),
                meta(opf, "ModifiedDate"),
                null,
                null,
                all(header, "<hh:style [^>]*name=\"([^\"]*)\""),
                all(header, "<hh:font [^>]*face=\"([^\"]*)\""),
                page == null ? null : attributes(page, "width", "height"),
                null);
    }

    private static FileProvenance pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDDocumentInformation info = document.getDocumentInformation();
            String xmp = "";
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                try (InputStream in = metadata.createInputStream()) {
                    xmp = new String(in.readNBytes(ENTRY_LIMIT), StandardCharsets.UTF_8);
                }
            }
            String author = info.getAuthor();
            if (blank(author)) {
                author = first(xmp, "<dc:creator>\\s*<rdf:Seq>\\s*<rdf:li[^>]*>([^<]+)</rdf:li>");
            }
            String tool = info.getCreator();
            if (blank(tool)) {
                tool = first(xmp, "<xmp:CreatorTool>([^<]+)</xmp:CreatorTool>");
            }
            List<String> fonts = new ArrayList<>();
            String pageSetup = null;
            if (document.getNumberOfPages() > 0) {
                PDPage first = document.getPage(0);
                PDRectangle box = first.getMediaBox();
                pageSetup = Math.round(box.getWidth()) + "x" + Math.round(box.getHeight());
                // the fonts' names straight from the resource dictionary: building PDFont objects would parse
                // every embedded font program
                PDResources resources = first.getResources();
                COSDictionary fontDictionary =
                        resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (fontDictionary != null) {
                    for (COSName name : fontDictionary.keySet()) {
                        if (fontDictionary.getDictionaryObject(name) instanceof COSDictionary font) {
                            String base = font.getNameAsString(COSName.BASE_FONT);
                            if (base != null) {
                                // a subset's name starts with six capitals and a plus: ABCDEF+NanumGothic
                                fonts.add(base.replaceFirst("^[A-Z]{6}\\+", ""));
                            }
                        }
                    }
                }
            }
            return new FileProvenance(
                    author,
                    null,
                    null,
                    null,
                    tool,
                    info.getProducer(),
                    date(info.getCreationDate()),
                    date(info.getModificationDate()),
                    null,
                    null,
                    List.of(),
                    fonts,
                    pageSetup,
                    null);
        }
    }

    private static FileProvenance hwp(byte[] content) throws Exception {
        HWPFile file = HwpFileReader.header(content, ENTRY_LIMIT);
        SummaryInformation summary = file.getSummaryInformation();
        List<String> styles = new ArrayList<>();
        file.getDocInfo().getStyleList().forEach(s -> styles.add(s.getHangulName()));
        List<String> fonts = new ArrayList<>();
        for (FaceName face : file.getDocInfo().getHangulFaceNameList()) {
            fonts.add(face.getName());
        }
        return new FileProvenance(
                summary == null ? null : summary.getAuthor(),
                summary == null ? null : summary.getLastAuthor(),
                null,
                summary == null ? null : summary.getTemplate(),
                summary == null ? null : summary.getApplicationName(),
                null,
                summary == null ? null : date(summary.getCreateDateTime()),
                summary == null ? null : date(summary.getLastSaveDateTime()),
                summary == null ? null : number(summary.getRevNumber()),
                null,
                styles,
                fonts,
                null,
                null);
    }

    private static Map<String, String> zipEntries(byte[] content) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (ZIP_ENTRIES.contains(entry.getName())) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    byte[] buffer = new byte[8192];
                    int n;
                    while (bytes.size() < ENTRY_LIMIT && (n = zip.read(buffer)) > 0) {
                        bytes.write(buffer, 0, Math.min(n, ENTRY_LIMIT - bytes.size()));
                    }
                    out.put(entry.getName(), bytes.toString(StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static @Nullable String element(String xml, String tag) {
        String value = first(xml, "<" + Pattern.quote(tag) + "(?:\\s[^>]*)?>([^<]*)</" + Pattern.quote(tag) + ">");
        return value == null ? null : unescape(value);
    }

    private static @Nullable String meta(String opf, String name) {
        String value = first(opf, "<opf:meta name=\"" + Pattern.quote(name) + "\"[^>]*>([^<]*)</opf:meta>");
        return value == null ? null : unescape(value);
    }

    private static @Nullable String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find() && out.size() < 500) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    private static String attributes(@Nullable String element, String... names) {
        if (element == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            String value = first(element, "(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"");
            out.append(out.isEmpty() ? "" : "x").append(value == null ? "?" : value);
        }
        return out.toString();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String date(@Nullable Calendar calendar) {
        return calendar == null ? null : calendar.toInstant().toString();
    }

    private static @Nullable String date(@Nullable Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
