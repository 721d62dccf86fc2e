package fi.avustus.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fi.avustus.shared.Spreadsheet;
import fi.avustus.shared.Spreadsheet.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A table of the overview, defined once for both the screen and the exports, so that the files hold
 * what the screen shows: the same columns and rows, and the total as the last row.
 *
 * @param total shown in the grid's footer and exported last; null for none
 */
record Table<T>(List<Column<T>> columns, List<T> rows, T total) {

    /** @param key the column's key in the grid, and its id in tests */
    record Column<T>(String key, String header, Kind kind, Function<T, Object> value) {
    }

    Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    Spreadsheet spreadsheet() {
        List<T> all = new ArrayList<>(rows);
        if (total != null) {
            all.add(total);
        }
        return new Spreadsheet(columns.stream().map(column -> new Spreadsheet.Column(column.header(), column.kind())).toList(),
                all.stream().map(row -> columns.stream().map(column -> column.value().apply(row)).toList()).toList());
    }

    /**
     * @param first the first column's cell as a component (e.g. a link to drill down), or null for its text
     */
    Grid<T> grid(String id, String label, Locale locale, Function<T, Component> first) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.getElement().setAttribute("aria-label", label);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Grid.Column<T> added = i == 0 && first != null ? grid.addComponentColumn(first::apply)
                    : grid.addColumn(row -> Formats.cell(column.kind(), column.value().apply(row), locale));
            added.setKey(column.key()).setHeader(column.header()).setAutoWidth(true).setResizable(true);
            if (column.kind() != Kind.TEXT) {
                added.setTextAlign(ColumnTextAlign.END);
            }
            if (i == 0) {
                added.setFlexGrow(2);
            }
        }
        if (total != null) {
            FooterRow footer = grid.appendFooterRow();
            for (Column<T> column : columns) {
                footer.getCell(grid.getColumnByKey(column.key()))
                        .setText(Formats.cell(column.kind(), column.value().apply(total), locale));
            }
        }
        grid.setItems(rows);
        return grid;
    }
}
