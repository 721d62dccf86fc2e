package fi.avustus.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.approval.GroupChoice;
import fi.avustus.approval.MeetingSummary;
import fi.avustus.approval.Meetings;
import fi.avustus.security.Roles;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * A group's meetings: the chair schedules one; each meeting's agenda lists the documents waiting
 * for the group; after the meeting the chair writes the minutes, which members download as PDF.
 */
@Route("approvals/meetings")
@Menu(title = "menu.meetings", order = 8)
@RolesAllowed({Roles.STEERING_GROUP, Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Meetings meetings;
    private final transient Clock clock;
    private final Div content = new Div();
    private final Div agenda = new Div();
    private long groupId;

    public MeetingsView(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        content.setWidthFull();
        agenda.setId("agenda");
        agenda.setWidthFull();
        add(new H2(getTranslation("approval.meetings.title")));
        List<GroupChoice> groups = meetings.myGroups();
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("approval.meetings.noGroups")));
            return;
        }
        add(new GroupChooser(groups, this::show), content);
    }

    private void show(long chosenGroup) {
        groupId = chosenGroup;
        content.removeAll();
        agenda.removeAll();
        if (meetings.mayOrganise(groupId)) {
            content.add(scheduleForm());
        }
        Grid<MeetingSummary> grid = new Grid<>(MeetingSummary.class, false);
        grid.setId("meetings");
        grid.setAllRowsVisible(true);
        grid.addColumn(meeting -> Texts.time(meeting.meetingAt())).setHeader(getTranslation("approval.meeting.at"))
                .setAutoWidth(true);
        grid.addColumn(meeting -> meeting.place() == null ? "" : meeting.place()).setHeader(getTranslation("approval.meeting.place"))
                .setFlexGrow(1);
        grid.addColumn(MeetingSummary::items).setHeader(getTranslation("approval.meeting.items")).setAutoWidth(true);
        grid.addColumn(meeting -> getTranslation(meeting.minutesWritten() ? "approval.meeting.minutesWritten"
                : "approval.meeting.noMinutes")).setHeader(getTranslation("approval.meeting.minutes")).setAutoWidth(true);
        grid.setItems(meetings.meetingsOf(groupId));
        grid.asSingleSelect().addValueChangeListener(change -> showAgenda(change.getValue()));
        content.add(grid, agenda);
    }

    private HorizontalLayout scheduleForm() {
        FormFields fields = new FormFields(this);
        DateTimePicker at = fields.register("meetingAt", new DateTimePicker(getTranslation("approval.meeting.at")));
        at.setLocale(getLocale());
        TextField place = fields.register("place", new TextField(getTranslation("approval.meeting.place")));
        place.setMaxLength(Validator.NAME_MAX);
        Button schedule = new Button(getTranslation("approval.meeting.schedule"), click -> fields.save(() ->
                meetings.schedule(groupId, at.getValue() == null ? null : at.getValue().atZone(Time.HELSINKI).toInstant(),
                        place.getValue())).ifPresent(meeting -> {
            Notifications.success(getTranslation("approval.meeting.scheduled"));
            show(groupId);
        }));
        schedule.setId("schedule-meeting");
        HorizontalLayout form = new HorizontalLayout(at, place, schedule);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void showAgenda(MeetingSummary meeting) {
        agenda.removeAll();
        if (meeting == null) {
            return;
        }
        agenda.add(new H3(getTranslation("approval.meeting.agenda", Texts.time(meeting.meetingAt()))));
        agenda.add(new AgendaList(meetings.agenda(meeting.id(), getLocale())));
        if (meeting.minutesWritten()) {
            agenda.add(new MinutesLink(meetings, meeting.id()));
        } else if (meetings.mayOrganise(groupId) && !meeting.meetingAt().isAfter(clock.instant())) {
            Button write = new Button(getTranslation("approval.minutes.write"), click -> {
                meetings.writeMinutes(meeting.id());
                Notifications.success(getTranslation("approval.minutes.written"));
                show(groupId);
            });
            write.setId("write-minutes");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            agenda.add(write);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.meetings.title") + " – " + getTranslation("app.title");
    }
}
