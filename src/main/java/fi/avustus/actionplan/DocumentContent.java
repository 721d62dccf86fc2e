package fi.avustus.actionplan;

/**
 * What a document says. The records' component names are the JSON field names of the stored
 * drafts and frozen versions, so renaming one changes how old versions read: add, never rename.
 */
public sealed interface DocumentContent permits ActionPlanContent, FinancialPlanContent, AnnualReportContent {

    DocumentType type();
}
