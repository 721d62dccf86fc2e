package fi.avustus.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import fi.avustus.application.FieldDifference;
import java.util.List;

/** What changed in a submitted version compared with the one before it, field by field. */
class DifferenceDialog extends Dialog {

    DifferenceDialog(List<FieldDifference> differences, int version) {
        setHeaderTitle(getTranslation("application.difference.title", version - 1, version));
        setId("difference-dialog");
        setWidth("min(95vw, 60rem)");
        if (differences.isEmpty()) {
            add(new Paragraph(getTranslation("application.difference.none")));
        } else {
            Grid<FieldDifference> grid = new Grid<>();
            grid.setId("difference-grid");
            grid.getElement().setAttribute("aria-label", getHeaderTitle());
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(FieldDifference::path).setHeader(getTranslation("application.difference.field"));
            grid.addColumn(difference -> orDash(difference.before())).setHeader(getTranslation("application.difference.before"));
            grid.addColumn(difference -> orDash(difference.after())).setHeader(getTranslation("application.difference.after"));
            grid.setItems(differences);
            add(grid);
        }
        Button close = new Button(getTranslation("application.close"), click -> close());
        close.setId("close-difference");
        getFooter().add(close);
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
