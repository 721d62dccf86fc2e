package fi.avustus.application.internal;

import fi.avustus.application.Activity;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.Partner;
import fi.avustus.shared.Money;

/** Copies the applicant's content between the form and the entity, stripped and with money in cents. */
public final class ApplicationContent {

    private ApplicationContent() {
    }

    public static ApplicationForm form(Application application) {
        ApplicationForm form = new ApplicationForm();
        form.setProjectName(orEmpty(application.getProjectName()));
        form.setSummary(orEmpty(application.getSummary()));
        form.setContactName(orEmpty(application.getContactName()));
        form.setContactEmail(orEmpty(application.getContactEmail()));
        form.setContactPhone(orEmpty(application.getContactPhone()));
        form.setSelfFinancing(application.getSelfFinancing());
        form.setPartners(application.getPartners());
        form.setObjectives(application.getObjectives());
        form.setActivities(application.getActivities());
        form.setBudgetLines(application.getBudgetLines());
        form.setVersion(application.getVersion());
        return form;
    }

    public static void apply(ApplicationForm form, Application application) {
        application.setProjectName(strip(form.getProjectName()));
        application.setSummary(strip(form.getSummary()));
        application.setContactName(strip(form.getContactName()));
        application.setContactEmail(strip(form.getContactEmail()));
        application.setContactPhone(strip(form.getContactPhone()));
        application.setSelfFinancing(Money.normalise(form.getSelfFinancing()));
        application.setPartners(form.getPartners().stream()
                .map(partner -> new Partner(partner.organisationId(), Money.normalise(partner.budgetShare()))).toList());
        application.setObjectives(form.getObjectives().stream().map(String::strip).toList());
        application.setActivities(form.getActivities().stream().map(activity -> new Activity(strip(activity.title()),
                strip(activity.description()), activity.startMonth(), activity.endMonth())).toList());
        application.setBudgetLines(form.getBudgetLines().stream().map(line -> new BudgetLine(line.category(), line.year(),
                strip(line.description()), Money.normalise(line.amount()))).toList());
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
