package fi.avustus.actionplan;

/** The categories of a financial plan's lines; each belongs to income or to expenses. */
public enum FinancialCategory {
    GRANTS(Side.INCOME),
    MEMBERSHIP_FEES(Side.INCOME),
    OWN_FUNDING(Side.INCOME),
    OTHER_INCOME(Side.INCOME),
    STAFF(Side.EXPENSE),
    PURCHASED_SERVICES(Side.EXPENSE),
    EVENTS(Side.EXPENSE),
    TRAVEL(Side.EXPENSE),
    MATERIALS(Side.EXPENSE),
    OTHER_EXPENSES(Side.EXPENSE);

    /** Which side of the plan a category is on. */
    public enum Side {
        INCOME,
        EXPENSE
    }

    private final Side side;

    FinancialCategory(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
