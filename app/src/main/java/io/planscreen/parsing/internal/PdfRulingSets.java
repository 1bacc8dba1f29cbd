package io.planscreen.parsing.internal;

import io.planscreen.parsing.internal.PdfPaths.Ruling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rulings cleaned up for {@link PdfGrid}: collinear pieces joined (writers stroke each cell's rectangle, so every
 * inner border is drawn twice and in pieces), joined rulings grouped by whether they touch, and the grid lines
 * a group implies.
 */
final class PdfRulingSets {

    private static final float SNAP = PdfGrid.SNAP;

    private PdfRulingSets() {}

    /** Collinear rulings that overlap or nearly meet, joined into one. */
    static List<Ruling> merged(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal)
                .thenComparingDouble(Ruling::at)
                .thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            Ruling joined = null;
            for (int i = out.size() - 1; i >= 0 && joined == null; i--) {
                Ruling o = out.get(i);
                if (o.horizontal() != r.horizontal() || r.at() - o.at() > SNAP) {
                    break;
                }
                if (r.from() <= o.to() + SNAP && o.from() <= r.to() + SNAP) {
                    joined = new Ruling(o.horizontal(), o.at(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to()));
                    out.set(i, joined);
                }
            }
            if (joined == null) {
                out.add(r);
            }
        }
        return out;
    }

    /** Groups of rulings that touch one another (a horizontal and a vertical that cross or meet). */
    static List<List<Ruling>> connected(List<Ruling> lines) {
        int n = lines.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(lines.get(i), lines.get(j))) {
                    int a = root(group, i), b = root(group, j);
                    group[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        List<List<Ruling>> out = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = root(group, i);
            int at = roots.indexOf(root);
            if (at < 0) {
                roots.add(root);
                out.add(new ArrayList<>());
                at = out.size() - 1;
            }
            out.get(at).add(lines.get(i));
        }
        return out;
    }

    /**
     * The grid lines across: the rulings' own positions, plus the ends of the crossing rulings where the
     * outer border is not drawn (a form open at its sides).
     */
    static float[] positions(List<Ruling> along, List<Ruling> crossing, boolean xs) {
        List<Float> values = new ArrayList<>();
        for (Ruling r : along) {
            values.add(r.at());
        }
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (Ruling r : crossing) {
            min = Math.min(min, r.from());
            max = Math.max(max, r.to());
        }
        values.add(min);
        values.add(max);
        values.sort(Float::compare);
        List<Float> snapped = new ArrayList<>();
        for (float v : values) {
            if (v < min - SNAP || v > max + SNAP) {
                continue; // a ruling beyond the crossing lines' ends is not a border of these cells
            }
            if (snapped.isEmpty() || v - snapped.get(snapped.size() - 1) > SNAP) {
                snapped.add(v);
            }
        }
        float[] out = new float[snapped.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = snapped.get(i);
        }
        return out;
    }

    /** A ruling at {@code at} runs along the whole of {@code from..to} (within the snap). */
    static boolean covers(List<Ruling> rulings, float at, float from, float to) {
        for (Ruling r : rulings) {
            if (Math.abs(r.at() - at) <= SNAP && r.from() <= from + SNAP && r.to() >= to - SNAP) {
                return true;
            }
        }
        return false;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return false;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.at() >= h.from() - SNAP
                && v.at() <= h.to() + SNAP
                && h.at() >= v.from() - SNAP
                && h.at() <= v.to() + SNAP;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
