package fi.avustus.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.avustus.approval.AgendaItem;
import java.util.List;

/** A meeting's agenda: each document with its round's status or outcome. */
class AgendaList extends Composite<OrderedList> {

    AgendaList(List<AgendaItem> items) {
        OrderedList list = getContent();
        list.setId("agenda-items");
        if (items.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("approval.meeting.emptyAgenda"))));
        }
        for (AgendaItem item : items) {
            ListItem row = new ListItem();
            row.add(item.documentRoute() == null ? new Span(item.documentTitle()) : new Anchor(item.documentRoute(), item.documentTitle()));
            row.add(new Span(" – " + (item.outcome() == null ? Texts.of(this, "approval.status", item.status())
                    : Texts.of(this, "approval.outcome", item.outcome()))));
            list.add(row);
        }
    }
}
