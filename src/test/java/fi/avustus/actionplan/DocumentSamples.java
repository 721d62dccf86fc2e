package fi.avustus.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Complete documents for tests: an action plan of two lines, a balanced financial plan. */
public final class DocumentSamples {

    private DocumentSamples() {
    }

    public static ActionPlanContent actionPlan(int year) {
        return new ActionPlanContent(List.of(
                new ActionLine(1, "Sivistysjohtajien yhteistyö", List.of("Yhteinen tahtotila"),
                        List.of(new PlannedActivity("Starttiseminaari", LocalDate.of(year, 1, 19), List.of()),
                                new PlannedActivity("Työkokous", null, List.of(3, 6, 9))),
                        "Jyväskylän kaupunki", List.of(new Indicator("Työkokouksia", "kpl", new BigDecimal("4")))),
                new ActionLine(2, "Viestintä", List.of("Kehittämistyö jakoon"),
                        List.of(new PlannedActivity("Facebook-ryhmä perustetaan", null, List.of(2))),
                        "Projektipäällikkö", List.of(new Indicator("Jäseniä ryhmässä", "henkilöä", new BigDecimal("100"))))));
    }

    public static FinancialPlanContent balancedFinancialPlan() {
        return new FinancialPlanContent(
                List.of(new FinancialLine(FinancialCategory.MEMBERSHIP_FEES, "Kuntien jäsenmaksut", new BigDecimal("60000.00")),
                        new FinancialLine(FinancialCategory.GRANTS, "Opetushallitus", new BigDecimal("20000.00"))),
                List.of(new FinancialLine(FinancialCategory.STAFF, "Projektipäällikkö", new BigDecimal("65000.00")),
                        new FinancialLine(FinancialCategory.EVENTS, "KEOS-foorumi", new BigDecimal("15000.00"))),
                null);
    }
}
