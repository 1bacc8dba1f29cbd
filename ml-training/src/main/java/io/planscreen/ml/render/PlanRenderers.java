package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;

/**
 * The renderers by format. {@code PlanRenderers.render(plan, options)} is all a caller needs; every
 * renderer is deterministic (same plan and options, same bytes) and thread-safe (no state between calls).
 */
public final class PlanRenderers {

    private PlanRenderers() {}

    public static PlanRenderer of(Format format) {
        return switch (format) {
            case PDF -> new PdfPlanRenderer();
            case DOCX -> new DocxPlanRenderer();
            case HWPX -> new HwpxPlanRenderer();
            case HWP -> new HwpPlanRenderer();
        };
    }

    public static byte[] render(PlanText plan, RenderOptions options) {
        return of(options.format()).render(plan, options);
    }

    /**
     * Which hidden-text attacks a format can carry. PDF: all. DOCX: all but OUTSIDE_PAGE (vanish stands
     * in for the invisible render mode). HWPX/HWP: all but OUTSIDE_PAGE (a 숨은 설명, hidden comment,
     * stands in for the invisible render mode).
     */
    public static boolean supports(Format format, HiddenInjection.Kind kind) {
        return switch (format) {
            case PDF -> true;
            case DOCX -> DocxPlanRenderer.supports(kind);
            case HWPX, HWP -> kind != HiddenInjection.Kind.OUTSIDE_PAGE;
        };
    }

    /** Scanned output exists for PDF only (a scan is a PDF of page images). */
    public static boolean supportsScanned(Format format) {
        return format == Format.PDF;
    }

    static void requireSupported(Format format, RenderOptions options) {
        if (options.scanned() && !supportsScanned(format)) {
            throw new IllegalArgumentException("scanned output is PDF only, not " + format);
        }
        for (HiddenInjection injection : options.hidden()) {
            if (!supports(format, injection.kind())) {
                throw new IllegalArgumentException(format + " cannot carry hidden text as " + injection.kind());
            }
        }
    }
}
