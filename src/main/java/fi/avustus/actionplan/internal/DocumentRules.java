package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The rules of each document type, applied to a document's content: tidy what was typed, then
 * the draft rules on every save and the submit rules on submission. An annual report is checked
 * against the approved plan versions it names, which must be the year's baselines.
 */
@Component
public class DocumentRules {

    private final PlanDocumentRepository documents;
    private final PlanDocumentVersionRepository versions;

    DocumentRules(PlanDocumentRepository documents, PlanDocumentVersionRepository versions) {
        this.documents = documents;
        this.versions = versions;
    }

    /** The content tidied, after checking that it is of the document's type and, for a report, keeps its baselines. */
    public DocumentContent tidy(PlanDocument document, DocumentContent content) {
        if (content == null || content.type() != document.getType()) {
            throw new DomainException("actionplan.content.wrongType");
        }
        return switch (document.getType()) {
            case ACTION_PLAN -> ActionPlanRules.tidy((ActionPlanContent) content);
            case FINANCIAL_PLAN -> FinancialPlanRules.tidy((FinancialPlanContent) content);
            case ANNUAL_REPORT -> {
                AnnualReportContent report = (AnnualReportContent) content;
                AnnualReportContent current = (AnnualReportContent) ContentJson.read(document.getType(), document.getContent());
                if (!Objects.equals(report.actionPlanVersionId(), current.actionPlanVersionId())
                        || !Objects.equals(report.financialPlanVersionId(), current.financialPlanVersionId())) {
                    throw new DomainException("actionplan.report.baselineFixed");
                }
                yield AnnualReportRules.tidy(report);
            }
        };
    }

    public void checkDraft(PlanDocument document, DocumentContent content) {
        Validator validator = new Validator();
        switch (document.getType()) {
            case ACTION_PLAN -> ActionPlanRules.draft((ActionPlanContent) content, document.getYear(), validator);
            case FINANCIAL_PLAN -> FinancialPlanRules.draft((FinancialPlanContent) content, validator);
            case ANNUAL_REPORT -> {
                AnnualReportContent report = (AnnualReportContent) content;
                AnnualReportRules.draft(report, plan(report), finance(report), validator);
            }
        }
        validator.throwIfInvalid();
    }

    public void checkSubmit(PlanDocument document, DocumentContent content) {
        Validator validator = new Validator();
        switch (document.getType()) {
            case ACTION_PLAN -> ActionPlanRules.submit((ActionPlanContent) content, document.getYear(), validator);
            case FINANCIAL_PLAN -> FinancialPlanRules.submit((FinancialPlanContent) content, validator);
            case ANNUAL_REPORT -> {
                AnnualReportContent report = (AnnualReportContent) content;
                requireStillBaseline(document, DocumentType.ACTION_PLAN, report.actionPlanVersionId());
                requireStillBaseline(document, DocumentType.FINANCIAL_PLAN, report.financialPlanVersionId());
                AnnualReportRules.submit(report, plan(report), finance(report), validator);
            }
        }
        validator.throwIfInvalid();
    }

    /** A report is submitted only against the plans approved now: a later approved revision must be reported on. */
    private void requireStillBaseline(PlanDocument report, DocumentType type, Long versionId) {
        boolean current = documents.findByNetworkIdAndYearAndType(report.getNetworkId(), report.getYear(), type)
                .map(PlanDocument::getApprovedVersionId).filter(id -> id.equals(versionId)).isPresent();
        if (!current) {
            throw new DomainException("actionplan.report.baselineChanged");
        }
    }

    private ActionPlanContent plan(AnnualReportContent report) {
        return (ActionPlanContent) frozen(report.actionPlanVersionId(), DocumentType.ACTION_PLAN);
    }

    private FinancialPlanContent finance(AnnualReportContent report) {
        return (FinancialPlanContent) frozen(report.financialPlanVersionId(), DocumentType.FINANCIAL_PLAN);
    }

    private DocumentContent frozen(Long versionId, DocumentType type) {
        if (versionId == null) {
            throw new DomainException("actionplan.report.baselineChanged");
        }
        return ContentJson.read(type, versions.findById(versionId).orElseThrow(() -> new DomainException("notFound")).getContent());
    }
}
