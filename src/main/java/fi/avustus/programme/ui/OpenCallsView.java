package fi.avustus.programme.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.programme.OpenCall;
import fi.avustus.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calls open for applications now, as cards closing soonest first. An applicant sees the
 * calls their organisations' types may apply to; the filter can widen or narrow that.
 */
@Route("calls")
@Menu(title = "menu.openCalls", order = 10)
@PermitAll
public class OpenCallsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Calls calls;
    private final MultiSelectComboBox<OrganisationType> typeFilter = new MultiSelectComboBox<>();
    private final Div cards = new Div();

    public OpenCallsView(Calls calls, Organisations organisations, CurrentUser currentUser) {
        this.calls = calls;
        setMaxWidth("60rem");
        typeFilter.setLabel(getTranslation("openCalls.filter"));
        typeFilter.setId("type-filter");
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setItemLabelGenerator(type -> getTranslation("organisation.type." + type));
        typeFilter.setClearButtonVisible(true);
        typeFilter.setWidth("min(100%, 30rem)");
        typeFilter.setValue(organisations.findAll(currentUser.organisationIds()).stream()
                .map(OrganisationSummary::type).collect(Collectors.toSet()));
        typeFilter.addValueChangeListener(change -> showCalls());
        cards.setId("open-calls");
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(18rem, 1fr))");
        cards.setWidthFull();
        add(new H2(getTranslation("openCalls.title")), typeFilter, cards);
        showCalls();
    }

    private void showCalls() {
        cards.removeAll();
        Set<OrganisationType> types = typeFilter.getValue();
        List<OpenCall> open = calls.openCalls(types);
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("openCalls.none"));
            none.setId("no-open-calls");
            cards.add(none);
        }
        open.forEach(call -> cards.add(new OpenCallCard(call)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openCalls.title") + " – " + getTranslation("app.title");
    }
}
