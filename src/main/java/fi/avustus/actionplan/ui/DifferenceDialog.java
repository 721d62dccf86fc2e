package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.shared.FieldChange;
import java.util.Arrays;
import java.util.List;

/**
 * What changed from one version of a document to another, grouped by where: each action line,
 * income or expense line, or report line, then the field within it (e.g. "Mittari 1 › Tavoitearvo").
 */
class DifferenceDialog extends Dialog {

    DifferenceDialog(List<FieldChange> changes, int from, int to) {
        setHeaderTitle(getTranslation("actionplan.difference.title", from, to));
        setId("difference-dialog");
        setWidth("min(95vw, 70rem)");
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("actionplan.difference.none")));
        } else {
            Grid<FieldChange> grid = new Grid<>();
            grid.setId("difference-grid");
            grid.getElement().setAttribute("aria-label", getHeaderTitle());
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(change -> FieldPaths.labels(this, change.path()).get(0)).setHeader(getTranslation("actionplan.difference.where"));
            grid.addColumn(change -> {
                List<String> labels = FieldPaths.labels(this, change.path());
                return String.join(" › ", labels.subList(1, labels.size()));
            }).setHeader(getTranslation("actionplan.difference.field"));
            grid.addColumn(change -> value(this, change.path(), change.before())).setHeader(getTranslation("actionplan.difference.before"));
            grid.addColumn(change -> value(this, change.path(), change.after())).setHeader(getTranslation("actionplan.difference.after"));
            grid.setItems(changes);
            add(grid);
        }
        Button close = new Button(getTranslation("actionplan.close"), click -> close());
        close.setId("close-difference");
        getFooter().add(close);
    }

    private static String value(Component host, String path, String value) {
        if (value == null) {
            return "–";
        }
        if (path.endsWith(".category") && Arrays.stream(FinancialCategory.values()).anyMatch(c -> c.name().equals(value))) {
            return DocumentTexts.category(host, FinancialCategory.valueOf(value));
        }
        if (path.matches(".*\\.months\\[\\d+]") && value.matches("\\d{1,2}")) {
            int month = Integer.parseInt(value);
            return month >= 1 && month <= 12 ? DocumentTexts.month(month) : value;
        }
        return value;
    }
}
