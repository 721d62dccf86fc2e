package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.shared.JsonText;

/**
 * Document content to and from the JSON stored in drafts and frozen versions, each type to its
 * own content class.
 */
public final class ContentJson {

    private ContentJson() {
    }

    public static String write(DocumentContent content) {
        return JsonText.write(content);
    }

    public static DocumentContent read(DocumentType type, String json) {
        Class<? extends DocumentContent> contentType = switch (type) {
            case ACTION_PLAN -> ActionPlanContent.class;
            case FINANCIAL_PLAN -> FinancialPlanContent.class;
            case ANNUAL_REPORT -> AnnualReportContent.class;
        };
        return JsonText.read(json, contentType);
    }

    public static DocumentContent empty(DocumentType type) {
        return switch (type) {
            case ACTION_PLAN -> ActionPlanContent.empty();
            case FINANCIAL_PLAN -> FinancialPlanContent.empty();
            case ANNUAL_REPORT -> new AnnualReportContent(null, null, null, null);
        };
    }
}
