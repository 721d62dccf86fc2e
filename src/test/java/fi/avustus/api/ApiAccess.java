package fi.avustus.api;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each operation of the REST API, by its OpenAPI operation id: the one table that
 * both the contract test and the access matrix check against.
 */
final class ApiAccess {

    /** Who calls: the owner's organisation applies and runs the project; another applicant must not see them. */
    enum Caller {
        ANONYMOUS(null), OWNER(ApiCases.OWNER), OTHER_APPLICANT(ApiCases.OTHER_APPLICANT), OFFICIAL("virkailija"),
        DECISION_MAKER("paattaja"), STEERING_GROUP("ohjausryhma"), ADMIN("admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> OWNER_AND_STAFF = EnumSet.of(Caller.OWNER, Caller.OFFICIAL, Caller.DECISION_MAKER, Caller.ADMIN);
    static final Set<Caller> STAFF = EnumSet.of(Caller.OFFICIAL, Caller.DECISION_MAKER, Caller.ADMIN);
    static final Set<Caller> OFFICIALS_AND_ADMINS = EnumSet.of(Caller.OFFICIAL, Caller.ADMIN);
    static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);

    /** Who gets a 200 from each operation; the document's operations and this list must match. */
    static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
            Map.entry("listOpenCalls", EVERYONE), Map.entry("getOpenCall", EVERYONE),
            Map.entry("listApplications", LOGGED_IN), Map.entry("getApplication", OWNER_AND_STAFF),
            Map.entry("listProjects", LOGGED_IN), Map.entry("getProject", OWNER_AND_STAFF),
            Map.entry("listProjectPayments", OWNER_AND_STAFF), Map.entry("listProjectReports", OWNER_AND_STAFF),
            Map.entry("listProjectDeadlines", OWNER_AND_STAFF), Map.entry("listDeadlines", LOGGED_IN),
            Map.entry("listProgrammeFunding", OFFICIALS_AND_ADMINS), Map.entry("listNetworkFunding", OFFICIALS_AND_ADMINS),
            Map.entry("listProjectFunding", OFFICIALS_AND_ADMINS), Map.entry("listPayableInstalments", STAFF),
            Map.entry("listGrantData", OFFICIALS_AND_ADMINS), Map.entry("exportGrantDataCsv", OFFICIALS_AND_ADMINS),
            Map.entry("getConsistencyReport", ADMINS));

    /** Operations on a case of the owner's organisation: anyone else logged in is told it does not exist. */
    static final Set<String> OWN_CASES = Set.of("getApplication", "getProject", "listProjectPayments",
            "listProjectReports", "listProjectDeadlines");

    private ApiAccess() {
    }

    static int expectedStatus(String operationId, Caller caller) {
        if (ALLOWED.get(operationId).contains(caller)) {
            return 200;
        }
        if (caller == Caller.ANONYMOUS) {
            return 401;
        }
        return OWN_CASES.contains(operationId) ? 404 : 403;
    }
}
