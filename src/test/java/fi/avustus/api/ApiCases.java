package fi.avustus.api;

import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectSummary;
import fi.avustus.security.SystemUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cases the API tests read, all of the demo applicant {@code hakija}'s organisation: an open
 * call with a submitted application, and a running project whose first instalment is paid.
 *
 * @param ids the cases by the name of the path variable that names them
 */
record ApiCases(CallSummary call, long applicationId, ProjectSummary project, PaymentSummary paid, long programmeId,
                Map<String, Long> ids) {

    static final String OWNER = "hakija";
    static final String OTHER_APPLICANT = "applicant";

    static ApiCases create(ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Calls calls = context.getBean(Calls.class);
        CallSummary call = ApplicationFixtures.openCall(users, context.getBean(Programmes.class), calls,
                context.getBean(Organisations.class), context.getBean(Clock.class));
        long applicationId = ApplicationFixtures.submitted(users, context.getBean(Applications.class), call.id());
        ProjectSummary project = ProjectFixtures.running(context, OWNER, "fi");
        List<PaymentSummary> payments = PaymentFixtures.pay(users, context.getBean(Payments.class),
                context.getBean(JdbcTemplate.class), project.id(),
                ProjectFixtures.today(context).minusDays(ProjectFixtures.STARTED_DAYS_AGO));
        SecurityContextHolder.clearContext();
        long programmeId = SystemUser.call(() -> calls.find(project.callId()).orElseThrow().programmeId());
        return new ApiCases(call, applicationId, project, payments.get(0), programmeId, Map.of("callId", call.id(),
                "applicationId", applicationId, "projectId", project.id(), "programmeId", programmeId));
    }
}
