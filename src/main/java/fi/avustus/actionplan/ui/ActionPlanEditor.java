package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.ui.FormFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan editor: its action lines, each in its own panel, added, moved and removed in
 * place, and the annual calendar the lines' activities make, on a tab of its own.
 */
class ActionPlanEditor extends VerticalLayout implements ContentEditor {

    private final VerticalLayout lines = new VerticalLayout();
    private final AnnualCalendarView calendar = new AnnualCalendarView("annual-calendar");
    private final List<ActionLine> rows = new ArrayList<>();
    private final List<ActionLineEditor> editors = new ArrayList<>();
    private final int year;
    private final FormFields fields;
    private final Runnable changed;

    ActionPlanEditor(ActionPlanContent plan, int year, FormFields fields, Runnable changed) {
        this.year = year;
        this.fields = fields;
        this.changed = changed;
        setPadding(false);
        lines.setPadding(false);
        Button add = new Button(getTranslation("actionplan.line.add"), VaadinIcon.PLUS.create(), click -> {
            rows.clear();
            rows.addAll(value().lines());
            rows.add(new ActionLine(rows.size() + 1, null, List.of(), List.of(), null, List.of()));
            render();
            changed.run();
        });
        add.setId("add-line");
        VerticalLayout lineTab = new VerticalLayout(lines, add);
        lineTab.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("plan-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("actionplan.lines"), lineTab);
        tabs.add(getTranslation("actionplan.calendar"), calendar);
        tabs.addSelectedChangeListener(change -> calendar.show(value()));
        add(tabs);
        rows.addAll(plan.lines());
        render();
        calendar.show(plan);
    }

    @Override
    public ActionPlanContent value() {
        return new ActionPlanContent(editors.stream().map(ActionLineEditor::value).toList());
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(DocumentContent content) {
        rows.clear();
        rows.addAll(((ActionPlanContent) content).lines());
        render();
    }

    private void render() {
        lines.removeAll();
        editors.clear();
        ActionLineEditor.Moves moves = new ActionLineEditor.Moves() {
            @Override
            public void move(ActionLineEditor line, int step) {
                restructure(line, step);
            }

            @Override
            public void remove(ActionLineEditor line) {
                restructure(line, 0);
            }
        };
        for (int i = 0; i < rows.size(); i++) {
            ActionLineEditor editor = new ActionLineEditor(rows.get(i), i + 1, year, fields, changed, moves);
            editors.add(editor);
            lines.add(editor);
        }
    }

    /** Moves a line by a step, or removes it with step 0, then numbers the lines again. */
    private void restructure(ActionLineEditor line, int step) {
        List<ActionLine> current = new ArrayList<>(value().lines());
        int from = editors.indexOf(line);
        ActionLine moved = current.remove(from);
        if (step != 0) {
            current.add(Math.max(0, Math.min(current.size(), from + step)), moved);
        }
        rows.clear();
        rows.addAll(current);
        render();
        changed.run();
    }
}
