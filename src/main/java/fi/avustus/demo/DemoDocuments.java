package fi.avustus.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.security.SystemUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The networks' demo documents (resources/demo/documents.json): the Osaava Metso action plan 2017
 * as the network wrote it, with a financial plan for the same year, and an action plan of the
 * Central Ostrobothnia upper-secondary network drawn from its strategic measures. They are drafts
 * for the coordinators to submit. Runs after the other demo data, once: a document already there
 * is left alone, so a database loaded before these documents existed gets them at its next start.
 */
@Component
@Profile("demo")
@Order(20)
class DemoDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final NetworkDocuments documents;
    private final Networks networks;
    private final TransactionTemplate transaction;

    DemoDocuments(NetworkDocuments documents, Networks networks, TransactionTemplate transaction) {
        this.documents = documents;
        this.networks = networks;
        this.transaction = transaction;
    }

    /** One document of documents.json: its network by Finnish name, and the content of its type. */
    record Document(String network, DocumentType type, int year, ActionPlanContent actionPlan,
                    FinancialPlanContent financialPlan) {

        DocumentContent content() {
            return type == DocumentType.ACTION_PLAN ? actionPlan : financialPlan;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> transaction.executeWithoutResult(status -> {
            int loaded = 0;
            for (Document document : read()) {
                NetworkSummary network = networks.search(document.network(), false, Pageable.unpaged()).stream()
                        .filter(found -> found.name().fi().equals(document.network())).findFirst().orElse(null);
                if (network == null || documents.ofNetwork(network.id()).stream()
                        .anyMatch(existing -> existing.type() == document.type() && existing.year() == document.year())) {
                    continue;
                }
                documents.importDraft(document.type(), network.id(), document.year(), document.content());
                loaded++;
            }
            if (loaded > 0) {
                log.info("Demo documents loaded: {}", loaded);
            }
        }));
    }

    private List<Document> read() {
        try (InputStream input = getClass().getResourceAsStream("/demo/documents.json")) {
            return List.of(json.readValue(input, Document[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo documents", e);
        }
    }
}
