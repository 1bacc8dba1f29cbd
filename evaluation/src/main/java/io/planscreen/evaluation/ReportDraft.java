package io.planscreen.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the report's sections write into: the markdown, metrics.json's sections (in order), the flat metrics the
 * baseline compares, and what was not measured.
 */
final class ReportDraft {

    final StringBuilder md = new StringBuilder();

    final Map<String, Object> sections = new LinkedHashMap<>();

    final Map<String, Double> flat = new TreeMap<>();

    final List<String> notAvailable = new ArrayList<>();
}
