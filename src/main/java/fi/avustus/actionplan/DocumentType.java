package fi.avustus.actionplan;

/**
 * The kinds of yearly document a network writes. The names are also the document types the
 * approval module knows them by.
 */
public enum DocumentType {
    ACTION_PLAN,
    FINANCIAL_PLAN,
    ANNUAL_REPORT
}
