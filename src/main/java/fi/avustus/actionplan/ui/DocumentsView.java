package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.organisation.NetworkSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The networks whose action plans, financial plans and annual reports the user may see: their
 * own organisations' networks, the networks their steering group governs, or all for staff.
 */
@Route("documents")
@Menu(title = "menu.documents", order = 25)
@PermitAll
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    public DocumentsView(NetworkDocuments documents) {
        setMaxWidth("80rem");
        add(new H2(getTranslation("actionplan.networks.title")), new Paragraph(getTranslation("actionplan.networks.intro")));
        List<NetworkSummary> networks = documents.networks();
        if (networks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("actionplan.networks.none"));
            none.setId("no-networks");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("networks");
        for (NetworkSummary network : networks) {
            RouterLink link = new RouterLink(network.name(DocumentTexts.locale()), NetworkDocumentsView.class,
                    NetworkDocumentsView.parameters(network.id()));
            link.setId("network-" + network.id());
            list.add(new ListItem(link));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actionplan.networks.title") + " – " + getTranslation("app.title");
    }
}
