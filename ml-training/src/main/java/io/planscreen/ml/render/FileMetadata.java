package io.planscreen.ml.render;

import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.docinfo.FaceName;
import kr.dogfoot.hwplib.object.docinfo.Style;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.ClassID;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.MutablePropertySet;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.MutableSection;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.SummaryInformation;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.Meta;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.Fontface;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * Writes {@link DocumentProperties} where each format keeps them: DOCX core and app properties, the HWPX
 * package's {@code content.hpf} metas, HWP's summary information stream, PDF's Info dictionary; and the house
 * look (font faces and named styles) where the format has a table of them. Empty values are not written.
 */
final class FileMetadata {

    /** The FMTID of Hangul's "\005HwpSummaryInformation" stream (not the OLE SummaryInformation one). */
    private static final byte[] HWP_SUMMARY_FMTID = {
        (byte) 0x60,
        (byte) 0xB6,
        (byte) 0xA2,
        (byte) 0x9F,
        0x61,
        0x10,
        (byte) 0xD4,
        0x11,
        (byte) 0xB4,
        (byte) 0xC6,
        0x00,
        0x60,
        (byte) 0x97,
        (byte) 0xC0,
        (byte) 0x9D,
        (byte) 0x8C
    };

    private FileMetadata() {}

    static void docx(POIXMLProperties properties, DocumentProperties p) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator(p.author());
        if (!p.lastSavedBy().isEmpty()) {
            core.setLastModifiedByUser(p.lastSavedBy());
        }
        var app = properties.getExtendedProperties().getUnderlyingProperties();
        if (!p.company().isEmpty()) {
            app.setCompany(p.company());
        }
        if (!p.template().isEmpty()) {
            app.setTemplate(p.template());
        }
        if (!p.creatorTool().isEmpty()) {
            app.setApplication(p.creatorTool());
        }
        if (!p.title().isEmpty()) {
            core.setTitle(p.title());
        }
        DocumentProperties.History h = p.history();
        if (h.created() != null) {
            core.setCreated(Optional.of(Date.from(Instant.parse(h.created()))));
        }
        if (h.modified() != null) {
            core.setModified(Optional.of(Date.from(Instant.parse(h.modified()))));
        }
        if (h.revision() > 0) {
            core.setRevision(String.valueOf(h.revision()));
        }
        if (h.editingMinutes() > 0) {
            app.setTotalTime(h.editingMinutes());
        }
    }

    static void hwpx(HWPXFile file, DocumentProperties p) {
        for (Meta meta : file.contentHPFFile().metaData().metas()) {
            switch (meta.name()) {
                case "creator" -> set(meta, p.author());
                case "lastsaveby" -> set(meta, p.lastSavedBy());
                case "subject" -> set(meta, p.title());
                case "description" -> set(meta, p.creatorTool());
                case "CreatedDate" ->
                    set(meta, p.history().created() == null ? "" : p.history().created());
                case "ModifiedDate" ->
                    set(meta, p.history().modified() == null ? "" : p.history().modified());
                default -> {}
            }
        }
        if (!p.fonts().isEmpty()) {
            var faces = file.headerXMLFile().refList().fontfaces();
            for (int i = 0; i < faces.countOfFontface(); i++) {
                Fontface face = faces.getFontface(i);
                if (face.countOfFont() > 0) {
                    face.getFont(0).face(p.fonts().get(0));
                }
            }
        }
        var styles = file.headerXMLFile().refList().styles();
        for (String name : p.styleNames()) {
            var style = styles.get(0).clone();
            style.id(String.valueOf(styles.count()));
            style.name(name);
            style.engName(name);
            styles.add(style);
        }
    }

    static void hwp(HWPFile file, DocumentProperties p) {
        MutablePropertySet set = new MutablePropertySet();
        ((MutableSection) set.getFirstSection()).setFormatID(new ClassID(HWP_SUMMARY_FMTID, 0));
        try {
            SummaryInformation summary = new SummaryInformation(set);
            if (!p.author().isEmpty()) {
                summary.setAuthor(p.author());
            }
            if (!p.lastSavedBy().isEmpty()) {
                summary.setLastAuthor(p.lastSavedBy());
            }
            if (!p.template().isEmpty()) {
                summary.setTemplate(p.template());
            }
            if (!p.creatorTool().isEmpty()) {
                summary.setApplicationName(p.creatorTool());
            }
            if (!p.title().isEmpty()) {
                summary.setTitle(p.title());
            }
            DocumentProperties.History h = p.history();
            if (h.created() != null) {
                summary.setCreateDateTime(Date.from(Instant.parse(h.created())));
            }
            if (h.modified() != null) {
                summary.setLastSaveDateTime(Date.from(Instant.parse(h.modified())));
            }
            if (h.revision() > 0) {
                summary.setRevNumber(String.valueOf(h.revision()));
            }
            file.setSummaryInformation(summary);
        } catch (Exception e) {
            throw new IllegalStateException("hwplib rejected the summary information", e);
        }
        if (!p.fonts().isEmpty()) {
            for (FaceName face : file.getDocInfo().getHangulFaceNameList()) {
                face.setName(p.fonts().get(0));
            }
        }
        var styles = file.getDocInfo().getStyleList();
        for (String name : p.styleNames()) {
            Style style = styles.get(0).clone();
            style.setHangulName(name);
            style.setEnglishName(name);
            styles.add(style);
        }
    }

    static void pdf(PDDocumentInformation info, DocumentProperties p) {
        if (!p.author().isEmpty()) {
            info.setAuthor(p.author());
        }
        if (!p.creatorTool().isEmpty()) {
            info.setCreator(p.creatorTool());
            // what an office suite's PDF export names as producer
            info.setProducer(p.creatorTool().contains("Word") ? "Microsoft: Print To PDF" : "Hancom PDF 1.3.0.547");
        }
        if (!p.title().isEmpty()) {
            info.setTitle(p.title());
        }
        if (p.history().created() != null) {
            info.setCreationDate(calendar(p.history().created()));
        }
        if (p.history().modified() != null) {
            info.setModificationDate(calendar(p.history().modified()));
        }
    }

    private static Calendar calendar(String instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(Instant.parse(instant).toEpochMilli());
        return calendar;
    }

    private static void set(Meta meta, String value) {
        if (!value.isEmpty()) {
            meta.text(value);
        }
    }
}
