package fi.avustus.deadline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.Deadlines;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The home page's deadlines. Administrators and officials get the number of overdue deadlines
 * with a link to the calendar; applicants and steering-group members their own deadlines of the
 * coming {@value Deadlines#OWN_DAYS_AHEAD} days and all overdue ones, each linking to its case.
 * Others (a decision maker only) own no deadlines and see nothing.
 */
public class OwnDeadlines extends Section {

    public OwnDeadlines(Deadlines deadlines, CurrentUser currentUser) {
        setId("own-deadlines");
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL)) {
            add(new H3(getTranslation("deadline.calendar.title")), overdueCount(deadlines.overdueCount()));
        } else if (currentUser.hasRole(Role.APPLICANT) || currentUser.hasRole(Role.STEERING_GROUP)) {
            add(new H3(getTranslation("deadline.home.title")), list(deadlines.own()));
        } else {
            setVisible(false);
        }
    }

    private Anchor overdueCount(int overdue) {
        String calendar = RouteConfiguration.forSessionScope().getUrl(DeadlineCalendarView.class);
        String href = calendar + "?" + QueryParameters.simple(Map.of(DeadlineCalendarView.SHOW, "overdue")).getQueryString();
        Anchor link = new Anchor(href, getTranslation("deadline.home.overdue", overdue));
        link.setId("overdue-deadlines");
        return link;
    }

    private Component list(List<DeadlineEntry> own) {
        if (own.isEmpty()) {
            return new Paragraph(getTranslation("deadline.home.none", Deadlines.OWN_DAYS_AHEAD));
        }
        DeadlineTexts texts = new DeadlineTexts(getLocale(), this::getTranslation);
        UnorderedList list = new UnorderedList();
        list.setId("my-deadlines");
        own.forEach(entry -> list.add(item(entry, texts)));
        return list;
    }

    private static ListItem item(DeadlineEntry entry, DeadlineTexts texts) {
        DeadlineStatus status = entry.deadline().status();
        ListItem item = new ListItem(new Span(texts.due(entry.deadline()) + " "));
        String title = texts.title(entry.deadline());
        if (entry.deadline().route() == null) {
            item.add(new Span(title));
        } else {
            item.add(new Anchor(entry.deadline().route(), title));
        }
        String context = Stream.of(texts.context(entry), texts.owner(entry)).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(", "));
        if (!context.isEmpty()) {
            item.add(new Span(" – " + context));
        }
        if (status == DeadlineStatus.OVERDUE) {
            item.add(new Span(" "), StatusBadge.of(status, texts.status(entry.deadline())));
        }
        item.addClassName("deadline-" + status.name().toLowerCase(Locale.ROOT));
        return item;
    }
}
