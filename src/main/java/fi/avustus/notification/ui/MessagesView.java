package fi.avustus.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.notification.Message;
import fi.avustus.notification.UserMessages;
import fi.avustus.shared.Time;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** My messages, newest first; opening the page marks them read. */
@Route("messages")
@Menu(title = "menu.messages", order = 3)
@PermitAll
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    public MessagesView(UserMessages messages) {
        setMaxWidth("60rem");
        add(new H2(getTranslation("messages.title")));
        List<Message> mine = messages.mine();
        Div list = new Div();
        list.setId("messages");
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("messages.none")));
        }
        for (Message message : mine) {
            Span when = new Span(Time.format(message.createdAt().atZone(Time.HELSINKI), getLocale()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Paragraph text = new Paragraph(getTranslation(message.key(), message.arguments().toArray()));
            if (!message.read()) {
                text.getStyle().set("font-weight", "600");
            }
            Div entry = new Div(when, text);
            if (message.link() != null) {
                entry.add(new Anchor(message.link(), getTranslation("messages.open")));
            }
            entry.addClassName("message");
            list.add(entry);
        }
        add(list);
        messages.markAllRead();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title") + " – " + getTranslation("app.title");
    }
}
