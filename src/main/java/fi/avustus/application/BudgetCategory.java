package fi.avustus.application;

/** Cost categories of a budget line, as the state-grant rules group accepted costs. */
public enum BudgetCategory {
    STAFF,
    PURCHASED_SERVICES,
    TRAVEL,
    EQUIPMENT,
    OTHER
}
