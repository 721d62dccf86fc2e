package fi.avustus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An ordered list edited in place: a grid of the rows with move up / move down / remove, and a
 * line of inputs with "add" below it. It is one form field, so a binder reads and writes the
 * whole list and the server's errors about the list show on it. Order matters (e.g. the first
 * member of a category chairs), which is why rows can be moved.
 */
public class ListField<T> extends CustomField<List<T>> {

    private final Grid<T> grid = new Grid<>();
    private final List<T> rows = new ArrayList<>();
    private final HorizontalLayout inputRow = new HorizontalLayout();
    private final Function<T, Object> identity;

    /**
     * @param identity what makes two rows the same thing (e.g. the organisation of a membership),
     *                 so that one cannot be added twice
     */
    public ListField(String id, String label, Function<T, Object> identity) {
        super(List.of());
        this.identity = identity;
        setId(id);
        setLabel(label);
        grid.setId(id + "-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        inputRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        inputRow.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = new VerticalLayout(grid, inputRow);
        content.setPadding(false);
        add(content);
    }

    @Override
    public void setLabel(String label) {
        super.setLabel(label);
        grid.getElement().setAttribute("aria-label", label == null ? "" : label);
    }

    public Grid<T> getGrid() {
        return grid;
    }

    /**
     * Sets the inputs of a new row and how to read them; call after adding the grid's columns.
     * The reader marks incomplete inputs itself and returns empty; the inputs are cleared after
     * a row was added.
     */
    public void setInputs(Supplier<Optional<T>> reader, Runnable clear, Component... inputs) {
        grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        Button add = new Button(getTranslation("list.add"), VaadinIcon.PLUS.create(), click -> reader.get().ifPresent(row -> {
            if (addRow(row)) {
                clear.run();
            }
        }));
        add.setId(getId().orElseThrow() + "-add");
        inputRow.add(inputs);
        inputRow.add(add);
    }

    /** Adds a row unless the same thing is already listed; says which on the field. */
    public boolean addRow(T row) {
        Object key = identity.apply(row);
        if (rows.stream().anyMatch(existing -> Objects.equals(identity.apply(existing), key))) {
            setErrorMessage(getTranslation("list.duplicate"));
            setInvalid(true);
            return false;
        }
        setInvalid(false);
        rows.add(row);
        changed();
        return true;
    }

    private Component rowActions(T row) {
        int index = rows.indexOf(row);
        Button up = iconButton(VaadinIcon.ARROW_UP, "list.moveUp", () -> move(row, -1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "list.moveDown", () -> move(row, 1));
        down.setEnabled(index < rows.size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "list.remove", () -> {
            rows.remove(row);
            changed();
        });
        remove.addClassName("remove-row");
        return new HorizontalLayout(up, down, remove);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void move(T row, int step) {
        int from = rows.indexOf(row);
        int to = from + step;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.set(from, rows.get(to));
            rows.set(to, row);
            changed();
        }
    }

    private void changed() {
        grid.setItems(rows);
        updateValue();
    }

    @Override
    protected List<T> generateModelValue() {
        return new ArrayList<>(rows);
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        rows.clear();
        if (value != null) {
            rows.addAll(value);
        }
        grid.setItems(rows);
    }
}
