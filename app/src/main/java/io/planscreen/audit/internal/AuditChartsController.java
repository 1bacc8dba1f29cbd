package io.planscreen.audit.internal;

import io.planscreen.registry.ModelRegistry;
import io.planscreen.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Charts auditors look at rather than read: rates with their intervals, and the active model's curves. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditChartsController {

    static final String BROKER_MODEL = "broker-detector";

    static final List<String> SPLITS = List.of("validation", "test", "final", "drift");

    private final Rates rates;

    private final ModelRegistry registry;

    private final MessageSource messages;

    private final JsonMapper json;

    AuditChartsController(Rates rates, ModelRegistry registry, MessageSource messages, JsonMapper json) {
        this.rates = rates;
        this.registry = registry;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/charts")
    String charts(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user,
            Model model,
            Locale locale) {
        DateRange range = from == null || from.isBlank()
                ? DateRange.of(
                        Instant.now().minus(365, ChronoUnit.DAYS).toString().substring(0, 10), to)
                : DateRange.of(from, to);
        Rates.Report report = rates.report(range.from(), range.to());
        List<String> series = List.of(
                msg("audit.charts.flagRate", locale),
                msg("audit.charts.referralRate", locale),
                msg("audit.charts.requestRate", locale));
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put(
                "program", chart("program", report.byProgram(), series, c -> msgOr("program." + c, c, locale), locale));
        charts.put(
                "area",
                chart("area", report.byArea(), series, c -> msgOr("audit.group.capital_area." + c, c, locale), locale));
        charts.put("month", chart("month", report.byMonth(), series, c -> c, locale));
        model.addAttribute("charts", charts);
        model.addAttribute("report", report);
        model.addAttribute("series", series);
        return "audit/charts";
    }

    private String chart(
            String key, List<Rates.Counts> counts, List<String> series, Function<String, String> label, Locale locale) {
        List<Svg.Group> groups = new ArrayList<>();
        for (Rates.Counts c : counts) {
            groups.add(new Svg.Group(
                    label.apply(c.group()),
                    Arrays.asList(
                            c.flagRate(),
                            c.reviewed() == 0 ? null : c.referralRate(),
                            c.reviewed() == 0 ? null : c.requestRate())));
        }
        return Svg.bars(msg("audit.charts.by." + key, locale), series, groups);
    }

    /** The active broker model's curves from its released metrics; its operating points when no curve ships. */
    @GetMapping("/model")
    String model(CurrentUser user, Model model, Locale locale) {
        ModelRegistry.ModelVersion active = registry.active(BROKER_MODEL).orElse(null);
        model.addAttribute("active", active);
        if (active == null) {
            return "audit/model";
        }
        JsonNode metrics = json.readTree(active.metricsJson());
        // curves computed after a version's release (scripts/train-broker-model --evaluate) sit beside it
        JsonNode later = curves(active.location());
        model.addAttribute("curvesSource", later.path("source").asString(""));
        List<Map<String, Object>> splits = new ArrayList<>();
        List<List<double[]>> rocCurves = new ArrayList<>();
        List<double[]> operatingPoints = new ArrayList<>();
        List<List<double[]>> calibration = new ArrayList<>();
        List<String> curveSplits = new ArrayList<>();
        for (String split : SPLITS) {
            JsonNode m = metrics.path(split);
            if (m.isMissingNode()) {
                continue;
            }
            JsonNode confusion = m.path("confusion");
            double tp = confusion.path("tp").asDouble();
            double fn = confusion.path("fn").asDouble();
            double fp = confusion.path("fp").asDouble();
            double tn = confusion.path("tn").asDouble();
            if (tp + fn > 0 && fp + tn > 0) {
                operatingPoints.add(new double[] {fp / (fp + tn), tp / (tp + fn)});
            }
            JsonNode roc = m.path("roc_curve").isArray()
                    ? m.path("roc_curve")
                    : later.path(split).path("roc_curve");
            if (roc.isArray()) {
                rocCurves.add(points(roc));
                curveSplits.add(msg("audit.model.split." + split, locale));
            }
            JsonNode bins = m.path("calibration").isArray()
                    ? m.path("calibration")
                    : later.path(split).path("calibration");
            if (bins.isArray()) {
                calibration.add(points(bins));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("split", split);
            row.put("plans", m.path("plans").asInt());
            row.put("rocAuc", m.path("roc_auc").asDouble());
            row.put("prAuc", m.path("pr_auc").asDouble());
            row.put("precision", m.path("precision").asDouble());
            row.put("recall", m.path("recall").asDouble());
            row.put("ece", m.path("ece_10_bins").asDouble());
            row.put("threshold", m.path("threshold").asDouble());
            row.put("fpr", fp + tn == 0 ? 0 : fp / (fp + tn));
            splits.add(row);
        }
        model.addAttribute("splits", splits);
        model.addAttribute("hasRocCurve", !rocCurves.isEmpty());
        model.addAttribute("curveSplits", String.join(", ", curveSplits));
        model.addAttribute("hasCalibration", !calibration.isEmpty());
        model.addAttribute(
                "roc",
                Svg.square(
                        msg("audit.model.roc", locale),
                        msg("audit.model.fpr", locale),
                        msg("audit.model.tpr", locale),
                        rocCurves,
                        operatingPoints));
        model.addAttribute(
                "calibration",
                calibration.isEmpty()
                        ? null
                        : Svg.square(
                                msg("audit.model.calibration", locale),
                                msg("audit.model.predicted", locale),
                                msg("audit.model.observed", locale),
                                calibration,
                                List.of()));
        return "audit/model";
    }

    private JsonNode curves(String location) {
        String path = (location.endsWith("/") ? location : location + "/") + "curves.json";
        try (InputStream in = AuditChartsController.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? json.createObjectNode() : json.readTree(in);
        } catch (IOException | RuntimeException unreadable) {
            return json.createObjectNode();
        }
    }

    /** [[x, y], ...] or [{"x":..,"y":..}, ...] as points in [0, 1]. */
    static List<double[]> points(JsonNode array) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode p : array) {
            if (p.isArray() && p.size() >= 2) {
                out.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            } else if (p.isObject()) {
                out.add(new double[] {p.path("x").asDouble(), p.path("y").asDouble()});
            }
        }
        return out;
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private String msgOr(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }
}
