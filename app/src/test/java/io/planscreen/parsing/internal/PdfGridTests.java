package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.internal.PdfPaths.Ruling;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grids from rulings: merged cells, borders drawn in pieces and twice, what is not a table. */
class PdfGridTests {

    @Test
    void a_label_cell_spanning_three_rows_is_one_cell_and_the_rows_beside_it_keep_their_own() {
        List<Ruling> rulings = new ArrayList<>();
        for (float y : new float[] {100, 120, 140, 160}) {
            rulings.add(new Ruling(true, y, 50, 400));
        }
        // the column line after the label runs the full height; inside the label no horizontal lines
        rulings.removeIf(r -> r.at() == 120 || r.at() == 140);
        rulings.add(new Ruling(true, 120, 150, 400));
        rulings.add(new Ruling(true, 140, 150, 400));
        rulings.add(new Ruling(false, 50, 100, 160));
        rulings.add(new Ruling(false, 150, 100, 160));
        rulings.add(new Ruling(false, 400, 100, 160));

        List<PdfGrid> grids = PdfGrid.detect(rulings);

        assertThat(grids).hasSize(1);
        PdfGrid grid = grids.get(0);
        assertThat(grid.rows()).isEqualTo(3);
        assertThat(grid.columns()).isEqualTo(2);
        PdfGrid.Cell label = grid.cells().get(grid.cellAt(0, 0));
        assertThat(label.row0()).isZero();
        assertThat(label.row1()).isEqualTo(2);
        assertThat(grid.cellAt(2, 0)).isEqualTo(grid.cellAt(0, 0));
        assertThat(grid.cellAt(1, 1)).isNotEqualTo(grid.cellAt(2, 1));
        assertThat(grid.cellHolding(100, 150)).isEqualTo(grid.cellAt(0, 0));
        assertThat(grid.cellHolding(200, 130)).isEqualTo(grid.cellAt(1, 1));
        assertThat(grid.cellHolding(20, 130)).isEqualTo(-1);
    }

    @Test
    void borders_stroked_twice_and_in_pieces_make_one_line() {
        List<Ruling> rulings = new ArrayList<>();
        // every cell's own rectangle, as a writer that strokes cell by cell draws them
        for (float x : new float[] {50, 150}) {
            rulings.add(new Ruling(true, 100, x, x + 100));
            rulings.add(new Ruling(true, 130.4f, x, x + 100));
            rulings.add(new Ruling(false, x, 100, 130.4f));
            rulings.add(new Ruling(false, x + 100, 100, 130.4f));
        }

        List<PdfGrid> grids = PdfGrid.detect(rulings);

        assertThat(grids).hasSize(1);
        assertThat(grids.get(0).rows()).isEqualTo(1);
        assertThat(grids.get(0).columns()).isEqualTo(2);
        assertThat(grids.get(0).cells()).hasSize(2);
    }

    @Test
    void a_lone_frame_and_a_page_of_separate_lines_are_no_tables() {
        List<Ruling> frame = List.of(
                new Ruling(true, 100, 50, 400),
                new Ruling(true, 300, 50, 400),
                new Ruling(false, 50, 100, 300),
                new Ruling(false, 400, 100, 300));
        List<Ruling> underlines =
                List.of(new Ruling(true, 100, 50, 200), new Ruling(true, 200, 50, 200), new Ruling(true, 300, 50, 200));

        assertThat(PdfGrid.detect(frame)).isEmpty();
        assertThat(PdfGrid.detect(underlines)).isEmpty();
    }
}
