package fi.avustus.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.deadline.Deadlines;
import fi.avustus.deadline.ui.OwnDeadlines;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.programme.OpenCall;
import fi.avustus.programme.ui.OpenCallCard;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.project.ui.ProjectView;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The first page after login. An applicant sees their own deadlines, their organisations' funded
 * projects, the calls open now for their organisations' types, with time left, and the
 * organisations they act for; staff see how many deadlines are overdue and every open call.
 */
@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int CARDS_ON_HOME = 3;

    public HomeView(CurrentUser currentUser, Calls calls, Organisations organisations, Deadlines deadlines,
                    Projects projects) {
        setId("home");
        setMaxWidth("70rem");
        String name = currentUser.user().map(UserSummary::displayName).orElse("");
        add(new H2(getTranslation("home.greeting", name)), new Paragraph(getTranslation("home.intro")));
        add(new OwnDeadlines(deadlines, currentUser));
        if (currentUser.hasRole(Role.APPLICANT)) {
            showProjects(projects.mine());
        }

        boolean applicantOnly = currentUser.hasRole(Role.APPLICANT) && !currentUser.hasRole(Role.ADMIN)
                && !currentUser.hasRole(Role.OFFICIAL) && !currentUser.hasRole(Role.DECISION_MAKER);
        List<OrganisationSummary> own = organisations.findAll(currentUser.organisationIds());
        Set<OrganisationType> types = applicantOnly
                ? own.stream().map(OrganisationSummary::type).collect(Collectors.toSet())
                : Set.of();
        showOpenCalls(calls.openCalls(types, PageRequest.of(0, CARDS_ON_HOME)));
        if (!own.isEmpty()) {
            showOrganisations(own);
        }
    }

    /** The first few calls closing soonest, and how many there are: the calls page lists them all. */
    private void showOpenCalls(Page<OpenCall> open) {
        add(new H3(getTranslation("home.openCalls", open.getTotalElements())));
        Div cards = new Div();
        cards.setId("home-open-calls");
        cards.addClassName("card-grid");
        open.forEach(call -> cards.add(new OpenCallCard(call)));
        if (open.isEmpty()) {
            cards.add(new Paragraph(getTranslation("openCalls.none")));
        }
        add(cards, new Anchor("calls", getTranslation("home.allOpenCalls")));
    }

    /** The organisations' funded projects, ending soonest first, each linking to its page. */
    private void showProjects(List<ProjectSummary> own) {
        if (own.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("home.myProjects")));
        UnorderedList list = new UnorderedList();
        list.setId("my-projects");
        own.forEach(project -> list.add(new ListItem(new RouterLink(ProjectTexts.title(this, project), ProjectView.class,
                ProjectView.parameters(project.id())), new Span(" " + ProjectTexts.period(project) + " "),
                ProjectTexts.badge(this, project.status()))));
        add(list);
    }

    private void showOrganisations(List<OrganisationSummary> own) {
        add(new H3(getTranslation("home.myOrganisations")));
        UnorderedList list = new UnorderedList();
        list.setId("my-organisations");
        own.forEach(organisation -> list.add(new ListItem(organisation.name(getLocale()))));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " – " + getTranslation("app.title");
    }
}
