package io.planscreen.extraction.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Finds the LLM's quotes in the visible text, ignoring differences in white space. */
final class LlmQuotes {

    private final String collapsed;

    private final int[] toVisible;

    private final List<InjectionDetector.Injection> injections;

    private final VisibleView view;

    LlmQuotes(VisibleView view, List<InjectionDetector.Injection> injections) {
        this.view = view;
        this.injections = injections;
        String vis = view.text();
        StringBuilder out = new StringBuilder(vis.length());
        int[] map = new int[vis.length() + 1];
        boolean space = false;
        for (int i = 0; i < vis.length(); i++) {
            char c = vis.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    map[out.length()] = i;
                    out.append(' ');
                }
                space = true;
            } else {
                map[out.length()] = i;
                out.append(c);
                space = false;
            }
        }
        map[out.length()] = vis.length();
        this.collapsed = out.toString();
        this.toVisible = map;
    }

    /** Visible [start, end) of the quote, or null when it is not there. */
    int @Nullable [] find(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            return null;
        }
        int at = collapsed.indexOf(q);
        if (at < 0) {
            return null;
        }
        int endChar = at + q.length() - 1;
        return new int[] {toVisible[at], toVisible[endChar] + 1};
    }

    boolean inInstruction(int[] span) {
        int start = view.original(span[0]);
        int end = view.originalEnd(span[1]);
        return injections.stream().anyMatch(i -> i.start() < end && start < i.end());
    }
}
