package fi.avustus.actionplan.internal;

import com.vaadin.flow.i18n.I18NProvider;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.approval.ApprovableDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link ApprovableDocuments} bean per document type, as the approval module looks them up. */
@Configuration
class DocumentApprovablesConfiguration {

    @Bean
    ApprovableDocuments actionPlanApprovables(PlanDocumentRepository documents, PlanDocumentVersionRepository versions,
                                              Governance governance, I18NProvider translations) {
        return new DocumentApprovables(DocumentType.ACTION_PLAN, documents, versions, governance, translations);
    }

    @Bean
    ApprovableDocuments financialPlanApprovables(PlanDocumentRepository documents, PlanDocumentVersionRepository versions,
                                                 Governance governance, I18NProvider translations) {
        return new DocumentApprovables(DocumentType.FINANCIAL_PLAN, documents, versions, governance, translations);
    }

    @Bean
    ApprovableDocuments annualReportApprovables(PlanDocumentRepository documents, PlanDocumentVersionRepository versions,
                                                Governance governance, I18NProvider translations) {
        return new DocumentApprovables(DocumentType.ANNUAL_REPORT, documents, versions, governance, translations);
    }
}
