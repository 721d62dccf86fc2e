package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.PlannedActivity;
import fi.avustus.shared.DomainException;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a draft starts and what a save keeps. A new year's plan starts from the latest approved
 * plan of an earlier year, its dated activities moved to the new year; a report starts from the
 * year's approved action and financial plans.
 */
@Component
public class Drafts {

    private final PlanDocumentRepository documents;
    private final PlanDocumentVersionRepository versions;
    private final DocumentRules rules;

    Drafts(PlanDocumentRepository documents, PlanDocumentVersionRepository versions, DocumentRules rules) {
        this.documents = documents;
        this.versions = versions;
        this.rules = rules;
    }

    public DocumentContent start(DocumentType type, long networkId, int year) {
        if (type == DocumentType.ANNUAL_REPORT) {
            PlanDocumentVersion plan = approved(networkId, year, DocumentType.ACTION_PLAN)
                    .orElseThrow(() -> new DomainException("actionplan.report.needsApprovedPlans", String.valueOf(year)));
            PlanDocumentVersion finance = approved(networkId, year, DocumentType.FINANCIAL_PLAN)
                    .orElseThrow(() -> new DomainException("actionplan.report.needsApprovedPlans", String.valueOf(year)));
            return AnnualReportRules.prefill(plan.getId(), (ActionPlanContent) read(DocumentType.ACTION_PLAN, plan),
                    finance.getId(), (FinancialPlanContent) read(DocumentType.FINANCIAL_PLAN, finance));
        }
        return documents.findByNetworkIdOrderByYearDescTypeAsc(networkId).stream()
                .filter(earlier -> earlier.getType() == type && earlier.getYear() < year && earlier.getApprovedVersionId() != null)
                .max(Comparator.comparingInt(PlanDocument::getYear))
                .map(earlier -> moveToYear(ContentJson.read(type, versions.findById(earlier.getApprovedVersionId())
                        .orElseThrow().getContent()), year - earlier.getYear()))
                .orElseGet(() -> ContentJson.empty(type));
    }

    /**
     * A report moved onto the plans approved now, keeping what was written: the account of each
     * action line still in the plan, each indicator's actual value, each financial line's actual
     * amount, and the lines added with their reasons.
     */
    public AnnualReportContent rebase(AnnualReportContent report, long networkId, int year) {
        AnnualReportContent current = (AnnualReportContent) start(DocumentType.ANNUAL_REPORT, networkId, year);
        return AnnualReportRules.carryOver(report, current);
    }

    /** The content tidied and checked by the draft rules of the document's type. */
    public DocumentContent check(PlanDocument document, DocumentContent content) {
        DocumentContent tidy = rules.tidy(document, content);
        rules.checkDraft(document, tidy);
        return tidy;
    }

    private Optional<PlanDocumentVersion> approved(long networkId, int year, DocumentType type) {
        return documents.findByNetworkIdAndYearAndType(networkId, year, type)
                .map(PlanDocument::getApprovedVersionId).flatMap(versions::findById);
    }

    private static DocumentContent read(DocumentType type, PlanDocumentVersion version) {
        return ContentJson.read(type, version.getContent());
    }

    private static DocumentContent moveToYear(DocumentContent content, int years) {
        if (!(content instanceof ActionPlanContent plan)) {
            return content;
        }
        return new ActionPlanContent(plan.lines().stream().map(line -> new ActionLine(line.number(), line.title(),
                line.objectives(), line.activities().stream().map(activity -> new PlannedActivity(activity.title(),
                        activity.date() == null ? null : activity.date().plusYears(years), activity.months())).toList(),
                line.responsible(), line.indicators())).toList());
    }
}
