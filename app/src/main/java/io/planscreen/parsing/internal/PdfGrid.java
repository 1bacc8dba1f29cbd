package io.planscreen.parsing.internal;

import io.planscreen.parsing.internal.PdfPaths.Ruling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table rebuilt from a page's rulings: the x and y lines of one connected set of rulings make a grid of
 * elementary cells, and cells with no ruling between them are one merged cell (a rectangle of elementary
 * cells, like a Word cell with gridSpan/vMerge). A table without its outer left/right (or top/bottom) border,
 * common on Korean forms, is closed by the ends of its lines. A grid whose merged cells are not rectangles,
 * or that holds a single cell (a framed paragraph), is not a table: {@link #detect} leaves it out.
 */
final class PdfGrid {

    /** Lines closer than this are one line (double borders, rounding of the writer). */
    static final float SNAP = 2.5f;

    /** One cell: rows {@code row0..row1} and columns {@code col0..col1} of the grid, inclusive. */
    record Cell(int row0, int col0, int row1, int col1, float left, float top, float right, float bottom) {}

    private final float[] xs;

    private final float[] ys;

    private final int[][] cellAt;

    private final List<Cell> cells;

    private PdfGrid(float[] xs, float[] ys, int[][] cellAt, List<Cell> cells) {
        this.xs = xs;
        this.ys = ys;
        this.cellAt = cellAt;
        this.cells = cells;
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    List<Cell> cells() {
        return cells;
    }

    /** The index of the cell at elementary position (row, column). */
    int cellAt(int row, int column) {
        return cellAt[row][column];
    }

    /** The index of the cell holding the point, or -1 outside the grid. */
    int cellHolding(float x, float y) {
        int c = slot(xs, x);
        int r = slot(ys, y);
        return c < 0 || r < 0 ? -1 : cellAt[r][c];
    }

    private static int slot(float[] lines, float v) {
        if (v <= lines[0] || v >= lines[lines.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(lines, v);
        return i >= 0 ? Math.min(i, lines.length - 2) : -i - 2;
    }

    /** The tables a page's rulings draw, top to bottom. */
    static List<PdfGrid> detect(List<Ruling> rulings) {
        if (rulings.size() < 4 || rulings.size() >= PdfPaths.MAX_RULINGS) {
            return List.of();
        }
        List<Ruling> lines = PdfRulingSets.merged(rulings);
        List<PdfGrid> grids = new ArrayList<>();
        for (List<Ruling> set : PdfRulingSets.connected(lines)) {
            PdfGrid grid = of(set);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(g -> g.ys[0]));
        return grids;
    }

    private static PdfGrid of(List<Ruling> set) {
        List<Ruling> horizontal = set.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vertical = set.stream().filter(r -> !r.horizontal()).toList();
        if (horizontal.size() < 2 || vertical.isEmpty()) {
            return null;
        }
        float[] xs = PdfRulingSets.positions(vertical, horizontal, true);
        float[] ys = PdfRulingSets.positions(horizontal, vertical, false);
        if (xs.length < 2 || ys.length < 2) {
            return null;
        }
        int rows = ys.length - 1, columns = xs.length - 1;
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !PdfRulingSets.covers(vertical, xs[c + 1], ys[r], ys[r + 1])) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !PdfRulingSets.covers(horizontal, ys[r + 1], xs[c], xs[c + 1])) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        int[][] cellAt = new int[rows][columns];
        List<Cell> cells = new ArrayList<>();
        int[] index = new int[parent.length];
        Arrays.fill(index, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int root = find(parent, r * columns + c);
                if (index[root] < 0) {
                    int c1 = c, r1 = r;
                    while (c1 + 1 < columns && find(parent, r * columns + c1 + 1) == root) {
                        c1++;
                    }
                    while (r1 + 1 < rows && find(parent, (r1 + 1) * columns + c) == root) {
                        r1++;
                    }
                    index[root] = cells.size();
                    cells.add(new Cell(r, c, r1, c1, xs[c], ys[r], xs[c1 + 1], ys[r1 + 1]));
                }
                cellAt[r][c] = index[root];
            }
        }
        if (cells.size() < 2 || !rectangular(cells, cellAt)) {
            return null;
        }
        return new PdfGrid(xs, ys, cellAt, List.copyOf(cells));
    }

    /** Every merged cell covers exactly its bounding rectangle of elementary cells. */
    private static boolean rectangular(List<Cell> cells, int[][] cellAt) {
        int[] counts = new int[cells.size()];
        for (int[] row : cellAt) {
            for (int index : row) {
                counts[index]++;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            int area = (cell.row1() - cell.row0() + 1) * (cell.col1() - cell.col0() + 1);
            if (counts[i] != area) {
                return false;
            }
            for (int r = cell.row0(); r <= cell.row1(); r++) {
                for (int c = cell.col0(); c <= cell.col1(); c++) {
                    if (cellAt[r][c] != i) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
