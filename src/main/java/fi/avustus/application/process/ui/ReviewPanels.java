package fi.avustus.application.process.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.Applications;
import fi.avustus.application.BudgetTotals;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantTask;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.AssessmentStatus;
import fi.avustus.review.Assessments;
import fi.avustus.review.Decisions;
import fi.avustus.review.ui.AssessmentEditor;
import fi.avustus.review.ui.DecisionApprovalPanel;
import fi.avustus.review.ui.DecisionProposalForm;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review module's forms on grant-application tasks: when the assessment, proposal or
 * decision is done there, the process task completes. Should that last step fail, the task screen
 * offers it again ("finish the task"), so nothing is left half done.
 */
@org.springframework.stereotype.Component
class ReviewPanels {

    private final GrantApplicationFlow flow;
    private final Assessments assessments;
    private final Decisions decisions;
    private final Applications applications;
    private final Users users;

    ReviewPanels(GrantApplicationFlow flow, Assessments assessments, Decisions decisions, Applications applications,
                 Users users) {
        this.flow = flow;
        this.assessments = assessments;
        this.decisions = decisions;
        this.applications = applications;
        this.users = users;
    }

    Component assessment(GrantTask task, Consumer<String> done) {
        AssessmentEditor editor = new AssessmentEditor(assessments, task.assessmentId());
        Runnable finish = () -> flow.assessmentDone(task.taskId());
        editor.setOnChange(changed -> {
            if (changed.status() != AssessmentStatus.ASSIGNED) {
                attempt(editor, finish, done, "process.assessment.done");
            }
        });
        boolean alreadyDone = assessments.find(task.assessmentId())
                .map(assessment -> assessment.status() != AssessmentStatus.ASSIGNED).orElse(false);
        return withFinish(editor, alreadyDone, finish, done, "process.assessment.done");
    }

    Component proposal(GrantTask task, Consumer<String> done) {
        ApplicationDetails application = applications.find(task.applicationId()).orElseThrow();
        ApplicationForm content = application.content();
        BudgetTotals totals = BudgetTotals.of(content.getBudgetLines(), content.getSelfFinancing(), content.getPartners());
        // The review module does not know the application's types: its lines go over as codes and amounts.
        List<AcceptedCostLine> appliedCosts = content.getBudgetLines().stream().map(line -> AcceptedCostLine.asApplied(
                line.category().name(), line.year(), line.description(), line.amount())).toList();
        DecisionProposalForm form = new DecisionProposalForm(decisions, task.applicationId(), task.callId(),
                task.organisationId(), totals.requested(), letterLanguage(application), appliedCosts);
        form.setOnProposed(proposed -> attempt(form, () -> flow.decisionProposed(task.taskId()), done,
                "process.proposal.done"));
        return form;
    }

    /**
     * Decision letters are written in Finnish or Swedish only: Swedish when the person who submitted
     * the application uses the service in Swedish. The presenter can still change it on the form.
     */
    private String letterLanguage(ApplicationDetails application) {
        return application.versions().stream().findFirst()
                .flatMap(first -> users.find(first.submittedBy()))
                .map(UserSummary::locale).filter("sv"::equals).orElse("fi");
    }

    Component approval(GrantTask task, Consumer<String> done) {
        DecisionApprovalPanel panel = new DecisionApprovalPanel(decisions, task.decisionId());
        Runnable finish = () -> flow.decisionTaken(task.taskId());
        panel.setOnDecided(decided -> attempt(panel, finish, done, "process.decision.done"));
        return panel;
    }

    private static Component withFinish(Component form, boolean offer,
                                                                  Runnable finish, Consumer<String> done, String messageKey) {
        VerticalLayout layout = new VerticalLayout(form);
        layout.setPadding(false);
        if (offer) {
            Button button = new Button(form.getTranslation("process.finishTask"));
            button.setId("finish-task");
            button.addClickListener(click -> attempt(form, finish, done, messageKey));
            layout.add(button);
        }
        return layout;
    }

    private static void attempt(Component host, Runnable finish, Consumer<String> done,
                                String messageKey) {
        try {
            finish.run();
            done.accept(messageKey);
        } catch (DomainException refused) {
            Notifications.error(Messages.of(host, refused));
        }
    }
}
