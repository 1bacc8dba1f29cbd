package io.planscreen.parsing;

import io.planscreen.shared.Sha256;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the file says about who made it and on which template, read from its metadata (HWP summary
 * information, HWPX/DOCX core and app properties, PDF Info and XMP) and its style sheet: the same writer's
 * machine and house template show up across the different companies a broker writes for.
 *
 * @param author the file's author (HWP author, DOCX/HWPX creator, PDF Author / XMP dc:creator)
 * @param lastSavedBy who saved it last (HWP last author, DOCX lastModifiedBy, HWPX lastsaveby)
 * @param company DOCX app.xml Company
 * @param template DOCX app.xml Template
 * @param creatorTool the program that made it (DOCX Application, PDF Creator / XMP CreatorTool)
 * @param producer PDF Producer
 * @param editingMinutes DOCX TotalTime
 * @param styles named styles of the style sheet, sorted
 * @param fonts font faces of the style sheet (PDF: the first page's fonts), sorted
 * @param pageSetup page size (and margins where the format says them), e.g. "595x842"
 * @param templateFingerprint 16 hex digits over styles, fonts and page setup: the same template gives the same
 *     fingerprint (official forms make many own-voice plans share one, so it supports a writer link, never
 *     makes one)
 */
public record FileProvenance(
        @Nullable String author,
        @Nullable String lastSavedBy,
        @Nullable String company,
        @Nullable String template,
        @Nullable String creatorTool,
        @Nullable String producer,
        @Nullable String created,
        @Nullable String modified,
        @Nullable Integer revision,
        @Nullable Integer editingMinutes,
        List<String> styles,
        List<String> fonts,
        @Nullable String pageSetup,
        @Nullable String templateFingerprint) {

    /**
     * Names programs and installers put in by default: they say which software, not which person (the
     * project's own document renderer writes "planscreen").
     */
    private static final Set<String> GENERIC = Set.of(
            "user",
            "사용자",
            "admin",
            "administrator",
            "관리자",
            "owner",
            "windows user",
            "windows 사용자",
            "microsoft office user",
            "microsoft office 사용자",
            "office",
            "hancom",
            "한글과컴퓨터",
            "hnc",
            "unknown",
            "author",
            "pc",
            "home",
            "default",
            "planscreen");

    public static final FileProvenance NONE = new FileProvenance(
            null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, null);

    /**
     * Text trimmed (blank is absent, 200 characters at most), styles and fonts sorted without repeats; a null
     * fingerprint is computed from styles, fonts and page setup ("" when the file says none of them).
     */
    public FileProvenance {
        author = clean(author);
        lastSavedBy = clean(lastSavedBy);
        company = clean(company);
        template = clean(template);
        creatorTool = clean(creatorTool);
        producer = clean(producer);
        created = clean(created);
        modified = clean(modified);
        styles = sorted(styles);
        fonts = sorted(fonts);
        if (templateFingerprint == null) {
            templateFingerprint = styles.isEmpty() && fonts.isEmpty() && pageSetup == null
                    ? ""
                    : Sha256.hex(String.join("\u0001", styles) + "\u0002" + String.join("\u0001", fonts) + "\u0002"
                                    + pageSetup)
                            .substring(0, 16);
        }
    }

    private static List<String> sorted(List<String> values) {
        TreeSet<String> out = new TreeSet<>();
        values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .forEach(out::add);
        return List.copyOf(out);
    }

    private static @Nullable String clean(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    /**
     * The person the file names as its writer, normalised (lower case, spaces squeezed), or null when it
     * names none or only a software default: the author, else whoever saved it last.
     */
    public @Nullable String writerKey() {
        for (String name : new String[] {author, lastSavedBy}) {
            String key = key(name);
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    static @Nullable String key(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (key.length() < 2 || GENERIC.contains(key)) {
            return null;
        }
        return key;
    }
}
