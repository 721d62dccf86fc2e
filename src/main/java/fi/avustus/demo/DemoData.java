package fi.avustus.demo;

import java.util.List;
import java.util.Map;

/** The shape of the JSON files in resources/demo. */
final class DemoData {

    private DemoData() {
    }

    record Organisation(String key, String nameFi, String nameSv, String type, String region) {
    }

    record Person(String key, String name, String email) {
    }

    record User(String username, String person, List<String> roles, List<String> organisations, String locale) {
    }

    record Member(String org, String role) {
    }

    record Network(String key, Map<String, String> name, String coordinator, List<Member> members,
                   List<String> keywords, String description) {
    }

    record GroupMember(String person, String org, String category) {
    }

    record SteeringGroup(String key, Map<String, String> name, String network, String programme, String termStart,
                         String termEnd, int quorumPercent, boolean chairBreaksTies, List<String> chairRotation,
                         int rotationStartYear, List<GroupMember> members) {
    }

    record Criterion(Map<String, String> name, int weight) {
    }

    /**
     * A call of the programme's history (openFrom and openUntil), or one placed around today
     * (openNow: opened the given days ago, but not before the programme's start, and closing in
     * the given days). A rolling call has its applications assessed as they come, not after closing.
     */
    record Call(String key, Map<String, String> title, String openFrom, String openUntil, boolean openNow,
                Integer openedDaysAgo, Integer closesInDays, boolean rolling, String budget, String maxGrant,
                String minSelfFinancingPercent, List<String> eligibleTypes, List<Criterion> criteria, boolean published) {
    }

    record Reporting(int interimReportsPerYear, List<Integer> reminderDaysBefore, int escalationDaysAfter) {
    }

    record Programme(String key, String funder, Map<String, String> name, Map<String, String> description,
                     String totalBudget, String start, String end, List<String> themes, Reporting reporting,
                     List<Call> calls) {
    }

    /** resources/demo/projects.json: funded projects of one programme's rolling call, at different stages. */
    record FundedProjects(String programme, Call call, List<FundedProject> projects) {
    }

    /**
     * One project's story, its dates in days from today: the applicant's application, the
     * reviewers' assessments, the decision, and how far the project has come since.
     */
    record FundedProject(String applicant, String organisation, ProjectStage stage, Plan application,
                         List<Review> reviews, Grant decision, ReportText report, Extension change,
                         Settlement settlement) {
    }

    record Plan(String projectName, String summary, String selfFinancing, List<String> objectives,
                List<PlannedActivity> activities, List<PlannedCost> budget) {
    }

    /** A work package, from and to as months after the start of the usage period. */
    record PlannedActivity(String title, String description, int fromMonth, int toMonth) {
    }

    /**
     * A budget line: its year counted from the usage period's first year; accepted and note when
     * the decision cuts it.
     */
    record PlannedCost(String category, int year, String description, String amount, String accepted, String note) {
    }

    record Review(String reviewer, List<Integer> scores, String comment) {
    }

    record Grant(String granted, int usageStartDays, int usageEndDays, List<Integer> interimReportDays,
                 int finalReportDays, String conditions, String justification, String reportingDuties) {
    }

    /** The report the project has written: every accepted budget line spent by the same share. */
    record ReportText(String summary, List<String> progress, Indicator indicator, String spentShare, int periodEndDays) {
    }

    record Indicator(String name, String unit, String target, String actual) {
    }

    /** An extension the applicant asks for and an official has still to decide. */
    record Extension(int extendDays, String justification) {
    }

    /** The final report's financial check: what of the reported costs it finds ineligible, and why. */
    record Settlement(String ineligible, String comment) {
    }
}
