package fi.avustus.demo;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.organisation.NetworkSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The networks' demo documents are loaded once, as drafts their coordinators can submit. */
@IntegrationTest
class DemoDocumentsTest {

    @Autowired DemoDocuments loader;
    @Autowired NetworkDocuments documents;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOsaavaMetsoPlansOf2017AreThereForTheCoordinator() {
        actAs(users, "hakija");
        NetworkSummary metso = network("Osaava Metso");
        ActionPlanContent plan = (ActionPlanContent) documents.find(document(metso, DocumentType.ACTION_PLAN, 2017).id())
                .orElseThrow().content();
        assertThat(plan.lines()).hasSize(6).extracting(ActionLine::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.lines().get(5).title()).startsWith("Viestintä ja viestinnän kehittäminen");
        assertThat(plan.lines()).allSatisfy(line -> {
            assertThat(line.objectives()).isNotEmpty();
            assertThat(line.activities()).isNotEmpty();
            assertThat(line.indicators()).isNotEmpty();
        });
        FinancialPlanContent finance = (FinancialPlanContent) documents.find(
                document(metso, DocumentType.FINANCIAL_PLAN, 2017).id()).orElseThrow().content();
        assertThat(finance.totals().balanced()).isTrue();
        assertThat(documents.writes(metso.id())).isTrue();
    }

    @Test
    void theCentralOstrobothniaPlanIsDrawnFromItsStrategy() {
        actAs(users, "virkailija");
        NetworkSummary network = network("Keski-Pohjanmaan toisen asteen");
        ActionPlanContent plan = (ActionPlanContent) documents.find(document(network, DocumentType.ACTION_PLAN, 2026).id())
                .orElseThrow().content();
        assertThat(plan.lines()).extracting(ActionLine::title).anyMatch(title -> title.startsWith("Opiskelija"))
                .anyMatch(title -> title.startsWith("Rakenteet"));
    }

    @Test
    void loadingAgainAddsNothing() {
        actAs(users, "virkailija");
        NetworkSummary metso = network("Osaava Metso");
        List<DocumentSummary> before = documents.ofNetwork(metso.id());
        loader.run(null);
        actAs(users, "virkailija");
        assertThat(documents.ofNetwork(metso.id())).hasSameSizeAs(before);
    }

    private NetworkSummary network(String prefix) {
        return documents.networks().stream().filter(found -> found.name().fi().startsWith(prefix)).findFirst().orElseThrow();
    }

    private DocumentSummary document(NetworkSummary network, DocumentType type, int year) {
        return documents.ofNetwork(network.id()).stream().filter(found -> found.type() == type && found.year() == year)
                .findFirst().orElseThrow();
    }
}
