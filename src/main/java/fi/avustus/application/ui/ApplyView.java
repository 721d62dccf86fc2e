package fi.avustus.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.application.Applications;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Starts an application to an open call: the applicant picks which of their eligible organisations applies. */
@Route("calls/:callId/apply")
@RolesAllowed(Roles.APPLICANT)
public class ApplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Applications applications;
    private final transient Calls calls;

    public ApplyView(Applications applications, Calls calls) {
        this.applications = applications;
        this.calls = calls;
        setMaxWidth("50rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long callId = event.getRouteParameters().getLong("callId").orElseThrow(NotFoundException::new);
        CallSummary call = calls.findOpen(callId).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H2(getTranslation("application.apply.title")), new Paragraph(call.title(StatusTexts.locale())));
        List<OrganisationSummary> eligible = applications.eligibleOrganisations(callId);
        if (eligible.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("application.apply.noneEligible"));
            none.setId("none-eligible");
            add(none);
            return;
        }
        RadioButtonGroup<OrganisationSummary> organisation = new RadioButtonGroup<>(getTranslation("application.apply.organisation"));
        organisation.setId("organisation");
        organisation.setItems(eligible);
        organisation.setItemLabelGenerator(choice -> choice.name(StatusTexts.locale()));
        organisation.setValue(eligible.get(0));
        Button start = new Button(getTranslation("application.apply.start"), click -> start(callId, organisation.getValue()));
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(organisation, start);
    }

    private void start(long callId, OrganisationSummary organisation) {
        try {
            long id = applications.startDraft(callId, organisation.id());
            getUI().ifPresent(ui -> ui.navigate(ApplicationEditorView.class, ApplicationView.parameters(id)));
        } catch (DomainException refused) {
            Notifications.error(Messages.of(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.apply.title") + " – " + getTranslation("app.title");
    }
}
