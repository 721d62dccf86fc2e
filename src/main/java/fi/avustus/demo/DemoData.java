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

    record Call(String key, Map<String, String> title, String openFrom, String openUntil, boolean openNow,
                String budget, String maxGrant, String minSelfFinancingPercent, List<String> eligibleTypes,
                List<Criterion> criteria, boolean published) {
    }

    record Reporting(int interimReportsPerYear, List<Integer> reminderDaysBefore, int escalationDaysAfter) {
    }

    record Programme(String key, String funder, Map<String, String> name, Map<String, String> description,
                     String totalBudget, String start, String end, List<String> themes, Reporting reporting,
                     List<Call> calls) {
    }
}
