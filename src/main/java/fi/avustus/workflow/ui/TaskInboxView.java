package fi.avustus.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import fi.avustus.workflow.CallChoice;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskFilterChoices;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskType;
import fi.avustus.workflow.TaskViews;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Tasks waiting for me and my groups, due soonest first, narrowed by call and task type; claim, release and open. */
@Route("tasks")
@Menu(title = "menu.tasks", order = 5)
@RolesAllowed({Roles.APPLICANT, Roles.OFFICIAL, Roles.DECISION_MAKER, Roles.STEERING_GROUP, Roles.ADMIN})
public class TaskInboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient TaskInbox inbox;
    private final transient List<TaskViews> taskViews;
    private final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    private final ComboBox<CallChoice> callFilter = new ComboBox<>();
    private final MultiSelectComboBox<TaskType> typeFilter = new MultiSelectComboBox<>();
    private final Map<Long, String> callLabels;

    public TaskInboxView(TaskInbox inbox, List<TaskViews> taskViews, List<TaskFilterChoices> filterChoices) {
        this.inbox = inbox;
        this.taskViews = taskViews;
        setSizeFull();
        List<CallChoice> calls = filterChoices.stream().flatMap(choices -> choices.calls(getLocale()).stream()).toList();
        callLabels = calls.stream().collect(Collectors.toMap(CallChoice::id, CallChoice::label, (a, b) -> a));
        HorizontalLayout filters = filters(calls);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(task -> typeName(task.type())).setHeader(getTranslation("inbox.task")).setFlexGrow(2);
        grid.addColumn(InboxTask::caseId).setHeader(getTranslation("inbox.case")).setAutoWidth(true);
        grid.addColumn(this::callName).setHeader(getTranslation("inbox.call")).setFlexGrow(2);
        grid.addColumn(task -> format(task.due())).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        grid.addColumn(task -> format(task.created())).setHeader(getTranslation("inbox.created")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("inbox.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        add(new H2(getTranslation("inbox.title")), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** The call filter shows only when some module offers calls (not to steering-group members, say). */
    private HorizontalLayout filters(List<CallChoice> calls) {
        callFilter.setLabel(getTranslation("inbox.filter.call"));
        callFilter.setId("call-filter");
        callFilter.setItems(calls);
        callFilter.setItemLabelGenerator(CallChoice::label);
        callFilter.setVisible(!calls.isEmpty());
        typeFilter.setLabel(getTranslation("inbox.filter.type"));
        typeFilter.setId("type-filter");
        typeFilter.setItemLabelGenerator(this::typeName);
        typeFilter.setItems(inbox.taskTypes().stream().sorted(Comparator.comparing(this::typeName)).toList());
        for (ComboBoxBase<?, ?, ?> filter : List.<ComboBoxBase<?, ?, ?>>of(callFilter, typeFilter)) {
            filter.setClearButtonVisible(true);
            filter.setWidth("min(100%, 28rem)");
            filter.addValueChangeListener(change -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(callFilter, typeFilter);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private String typeName(TaskType type) {
        return getTranslation(type.nameKey());
    }

    /** The call's label when the user may filter by it, else its id: the task stays recognisable. */
    private String callName(InboxTask task) {
        return task.callId() == null ? "" : callLabels.getOrDefault(task.callId(), String.valueOf(task.callId()));
    }

    private Span state(InboxTask task) {
        Span state = new Span(getTranslation(task.mine() ? "inbox.mine" : "inbox.waiting"));
        state.addClassName("status-badge");
        return state;
    }

    private HorizontalLayout actions(InboxTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.mine()) {
            Button release = new Button(getTranslation("inbox.unclaim"), click -> act(() -> inbox.unclaim(task.taskId())));
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(release);
        } else {
            Button claim = new Button(getTranslation("inbox.claim"), click -> act(() -> inbox.claim(task.taskId())));
            claim.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(claim);
        }
        routeOf(task).ifPresent(route -> {
            Button open = new Button(getTranslation("inbox.open"), click -> getUI().ifPresent(ui -> ui.navigate(route)));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(open);
        });
        return actions;
    }

    private Optional<String> routeOf(InboxTask task) {
        return taskViews.stream().map(views -> views.route(task)).flatMap(Optional::stream).findFirst();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
        refresh();
    }

    /** Pages are fetched as the list scrolls, without counting every task first: an official may have thousands. */
    private void refresh() {
        Long callId = Optional.ofNullable(callFilter.getValue()).map(CallChoice::id).orElse(null);
        TaskInbox.InboxFilter filter = new TaskInbox.InboxFilter(callId, typeFilter.getValue());
        grid.setItems(query -> inbox.tasks(filter, query.getOffset(), query.getLimit()).stream());
    }

    private String format(Instant time) {
        return time == null ? "" : Time.format(time.atZone(Time.HELSINKI), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " – " + getTranslation("app.title");
    }
}
