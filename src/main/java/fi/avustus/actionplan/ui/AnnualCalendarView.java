package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualCalendar;
import fi.avustus.actionplan.AnnualCalendar.CalendarEntry;
import fi.avustus.actionplan.AnnualCalendar.CalendarMonth;

/**
 * The annual calendar (vuosikello) of an action plan as twelve months side by side, each listing
 * its activities with their day and action line. Plain headings and lists, so it reads in order.
 */
class AnnualCalendarView extends Div {

    /** @param id this calendar's id; its months are {@code <id>-month-<1..12>} */
    AnnualCalendarView(String id) {
        setId(id);
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
    }

    void show(ActionPlanContent plan) {
        removeAll();
        for (CalendarMonth month : AnnualCalendar.of(plan).months()) {
            Section section = new Section();
            section.setId(getId().orElseThrow() + "-month-" + month.month());
            section.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0 var(--lumo-space-m)");
            section.add(new H4(DocumentTexts.month(month.month())));
            if (month.entries().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("actionplan.calendar.none"));
                none.getStyle().set("color", "var(--lumo-secondary-text-color)");
                section.add(none);
            } else {
                UnorderedList entries = new UnorderedList();
                month.entries().forEach(entry -> entries.add(new ListItem(text(entry))));
                section.add(entries);
            }
            add(section);
        }
    }

    private String text(CalendarEntry entry) {
        String line = getTranslation("actionplan.calendar.line", entry.lineNumber(),
                entry.lineTitle() == null ? "" : entry.lineTitle());
        return entry.date() == null ? entry.activity() + " (" + line + ")"
                : entry.date().getDayOfMonth() + "." + entry.date().getMonthValue() + ". " + entry.activity() + " (" + line + ")";
    }
}
