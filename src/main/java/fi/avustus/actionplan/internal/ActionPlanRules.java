package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.Indicator;
import fi.avustus.actionplan.PlannedActivity;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an action plan. A draft may be incomplete but never malformed (too long, dates
 * outside the plan's year); a submitted plan has, on every action line, a title, objectives,
 * scheduled activities, someone responsible and measurable indicators.
 */
final class ActionPlanRules {

    static final BigDecimal MAX_TARGET = new BigDecimal("999999999");

    private ActionPlanRules() {
    }

    /** Trims texts and numbers the lines by their order. */
    static ActionPlanContent tidy(ActionPlanContent content) {
        List<ActionLine> lines = new ArrayList<>();
        for (ActionLine line : content.lines()) {
            lines.add(new ActionLine(lines.size() + 1, Texts.tidy(line.title()), Texts.tidy(line.objectives()),
                    line.activities().stream().map(activity -> new PlannedActivity(Texts.tidy(activity.title()),
                            activity.date(), activity.months())).toList(),
                    Texts.tidy(line.responsible()),
                    line.indicators().stream().map(indicator -> new Indicator(Texts.tidy(indicator.name()),
                            Texts.tidy(indicator.unit()), Texts.number(indicator.target()))).toList()));
        }
        return new ActionPlanContent(lines);
    }

    static Validator draft(ActionPlanContent content, int year, Validator validator) {
        DocumentLimits.rows(validator, "lines", content.lines().size());
        for (ActionLine line : content.lines()) {
            String path = "lines[" + line.number() + "]";
            validator.maxLength(path + ".title", line.title(), Validator.TEXT_MAX)
                    .maxLength(path + ".responsible", line.responsible(), Validator.NAME_MAX);
            DocumentLimits.rows(validator, path + ".objectives", line.objectives().size());
            DocumentLimits.rows(validator, path + ".activities", line.activities().size());
            DocumentLimits.rows(validator, path + ".indicators", line.indicators().size());
            for (int i = 0; i < line.objectives().size(); i++) {
                validator.maxLength(path + ".objectives[" + (i + 1) + "]", line.objectives().get(i), Validator.TEXT_MAX);
            }
            for (int i = 0; i < line.activities().size(); i++) {
                activity(line.activities().get(i), year, path + ".activities[" + (i + 1) + "]", validator);
            }
            for (int i = 0; i < line.indicators().size(); i++) {
                Indicator indicator = line.indicators().get(i);
                String at = path + ".indicators[" + (i + 1) + "]";
                validator.maxLength(at + ".name", indicator.name(), Validator.NAME_MAX)
                        .maxLength(at + ".unit", indicator.unit(), Validator.NAME_MAX);
                if (indicator.target() != null) {
                    validator.check(indicator.target().signum() >= 0 && indicator.target().compareTo(MAX_TARGET) <= 0,
                            at + ".target", "actionplan.indicator.targetRange", MAX_TARGET.toPlainString());
                }
            }
        }
        return validator;
    }

    static Validator submit(ActionPlanContent content, int year, Validator validator) {
        draft(content, year, validator);
        validator.check(!content.lines().isEmpty(), "lines", "actionplan.lines.required");
        for (ActionLine line : content.lines()) {
            String path = "lines[" + line.number() + "]";
            validator.required(path + ".title", line.title())
                    .required(path + ".responsible", line.responsible())
                    .check(!line.objectives().isEmpty(), path + ".objectives", "actionplan.line.objectivesRequired", line.number())
                    .check(!line.activities().isEmpty(), path + ".activities", "actionplan.line.activitiesRequired", line.number())
                    .check(!line.indicators().isEmpty(), path + ".indicators", "actionplan.line.indicatorsRequired", line.number());
            for (int i = 0; i < line.activities().size(); i++) {
                PlannedActivity activity = line.activities().get(i);
                validator.check(activity.date() != null || !activity.months().isEmpty(),
                        path + ".activities[" + (i + 1) + "]", "actionplan.activity.whenRequired", line.number(), activity.title());
            }
            for (int i = 0; i < line.indicators().size(); i++) {
                Indicator indicator = line.indicators().get(i);
                String at = path + ".indicators[" + (i + 1) + "]";
                validator.required(at + ".name", indicator.name()).required(at + ".unit", indicator.unit())
                        .required(at + ".target", indicator.target());
            }
        }
        return validator;
    }

    private static void activity(PlannedActivity activity, int year, String path, Validator validator) {
        validator.required(path + ".title", activity.title()).maxLength(path + ".title", activity.title(), Validator.TEXT_MAX);
        if (activity.date() != null) {
            validator.check(activity.date().getYear() == year, path + ".date", "actionplan.activity.dateOutsideYear", String.valueOf(year));
        }
        validator.check(activity.months().stream().allMatch(month -> month >= 1 && month <= 12),
                path + ".months", "actionplan.activity.monthRange");
    }
}
