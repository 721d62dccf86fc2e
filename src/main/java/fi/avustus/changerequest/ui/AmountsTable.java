package fi.avustus.changerequest.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import fi.avustus.changerequest.ChangeLine;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.shared.Money;
import fi.avustus.ui.FormFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The accepted budget lines with their amounts now, the amounts asked for (on the official's
 * screen) and, when editable, an input for each new amount; each line's change in per cent and
 * the totals follow what is typed, so what moving money between lines does is visible at once.
 */
class AmountsTable extends Composite<Grid<Integer>> {

    static final String NEW = "new";
    static final String SHIFT = "shift";

    private final List<ChangeLine> lines;
    private final List<BigDecimalField> inputs = new ArrayList<>();
    private final List<Span> shifts = new ArrayList<>();
    private final Span newTotal = new Span();
    private final BigDecimal total;

    /**
     * @param lines         the lines with their amounts now ({@code before}) and as asked for ({@code requested})
     * @param showRequested whether the amounts asked for get a column of their own
     * @param fields        the form's fields, to register the inputs under their server-side names;
     *                      null for a table without inputs
     */
    AmountsTable(String id, List<ChangeLine> lines, boolean showRequested, FormFields fields) {
        this.lines = List.copyOf(lines);
        this.total = sum(lines.stream().map(ChangeLine::before).toList());
        Grid<Integer> grid = getContent();
        grid.setId(id);
        grid.getElement().setAttribute("aria-label", getTranslation("changerequest.lines"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(index -> describe(lines.get(index))).setHeader(getTranslation("changerequest.line.category"))
                .setFooter(getTranslation("changerequest.line.total")).setFlexGrow(2);
        grid.addColumn(index -> lines.get(index).year()).setHeader(getTranslation("changerequest.line.year"))
                .setAutoWidth(true).setFlexGrow(0);
        amountColumn(grid, "before", index -> money(lines.get(index).before())).setFooter(money(total));
        if (showRequested) {
            amountColumn(grid, "requested", index -> money(lines.get(index).requested()))
                    .setFooter(money(sum(lines.stream().map(ChangeLine::requested).toList())));
        }
        for (int i = 0; i < lines.size(); i++) {
            Span shift = new Span();
            shift.setId(id + "-shift-" + i);
            shifts.add(shift);
            if (fields != null) {
                inputs.add(input(i, fields));
            }
        }
        if (fields != null) {
            newTotal.setId(id + "-total");
            // Screen readers announce the new total as the amounts are typed.
            newTotal.getElement().setAttribute("aria-live", "polite");
            grid.addComponentColumn(inputs::get).setHeader(getTranslation("changerequest.line.new")).setKey(NEW)
                    .setAutoWidth(true).setTextAlign(ColumnTextAlign.END).setFooter(newTotal);
        }
        grid.addComponentColumn(shifts::get).setHeader(getTranslation("changerequest.line.shift")).setKey(SHIFT)
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setItems(IntStream.range(0, lines.size()).boxed().toList());
        refresh();
    }

    private Grid.Column<Integer> amountColumn(Grid<Integer> grid, String key, ValueProvider<Integer, String> value) {
        return grid.addColumn(value).setHeader(getTranslation("changerequest.line." + key)).setKey(key)
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    private BigDecimalField input(int index, FormFields fields) {
        BigDecimalField input = fields.register(ProjectChangeRules.amountField(index), new BigDecimalField());
        input.setValue(lines.get(index).requested());
        input.setSuffixComponent(new Span("€"));
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addValueChangeListener(change -> refresh());
        input.setAriaLabel(getTranslation("changerequest.line.new") + ": " + describe(lines.get(index)));
        input.setWidth("10rem");
        return input;
    }

    /** The amounts as typed (a cleared field is null), in the budget's order. */
    List<BigDecimal> amounts() {
        return inputs.stream().map(BigDecimalField::getValue).toList();
    }

    private void refresh() {
        List<BigDecimal> shown = inputs.isEmpty() ? lines.stream().map(ChangeLine::requested).toList() : amounts();
        for (int i = 0; i < lines.size(); i++) {
            shifts.get(i).setText(shift(lines.get(i).before(), shown.get(i)));
        }
        BigDecimal typed = sum(shown);
        newTotal.setText(money(typed));
        newTotal.getElement().getThemeList().set("badge error", typed.compareTo(total) != 0);
    }

    /** The line's change in per cent of its amount now, e.g. "+20,0 %"; a dash where a line of zero grows. */
    private String shift(BigDecimal before, BigDecimal after) {
        if (after == null || after.compareTo(before) == 0) {
            return "";
        }
        if (before.signum() == 0) {
            return "–";
        }
        BigDecimal percent = after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        return (percent.signum() > 0 ? "+" : "") + format.format(percent) + " %";
    }

    private String describe(ChangeLine line) {
        String name = ProjectTexts.category(this, line.category());
        return line.description() == null || line.description().isBlank() ? name : name + ": " + line.description();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, getLocale());
    }
}
