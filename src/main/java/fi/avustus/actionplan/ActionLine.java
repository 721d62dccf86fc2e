package fi.avustus.actionplan;

import java.util.List;

/**
 * One action line (toimintalinja) of an action plan.
 *
 * @param number      its place in the plan, from 1; the server numbers lines by their order
 * @param responsible the organisation or person answering for it
 */
public record ActionLine(int number, String title, List<String> objectives, List<PlannedActivity> activities,
                         String responsible, List<Indicator> indicators) {

    public ActionLine {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        activities = activities == null ? List.of() : List.copyOf(activities);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public ActionLine withNumber(int newNumber) {
        return new ActionLine(newNumber, title, objectives, activities, responsible, indicators);
    }
}
