package fi.avustus.notification;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.actionplan.DocumentApproved;
import fi.avustus.actionplan.DocumentReturned;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.security.SystemUser;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator organisation's applicants hear of their network document's approval or return. */
@IntegrationTest
class DocumentNotifierTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired Networks networks;
    @Autowired UserMessages messages;
    @Autowired UserDetailsService userDetails;

    @Test
    void theCoordinatorsApplicantsAreToldOfApprovalAndReturn() {
        NetworkSummary osaavaMetso = SystemUser.call(() -> networks.search("Osaava Metso", false, Pageable.ofSize(1)))
                .getContent().get(0);
        long documentId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new DocumentReturned(documentId, DocumentType.ACTION_PLAN, osaavaMetso.id(),
                    osaavaMetso.coordinatorId(), 2017, 1, ApprovalOutcome.CHANGES_REQUESTED));
            events.publishEvent(new DocumentApproved(documentId, DocumentType.ACTION_PLAN, osaavaMetso.id(),
                    osaavaMetso.coordinatorId(), 2017, 2));
        });

        actAs(userDetails, "hakija");
        List<Message> mine = messages.mine().stream().filter(message -> message.link().equals("documents/" + documentId))
                .toList();
        assertThat(mine).extracting(Message::key).containsExactlyInAnyOrder(
                "notification.document.returned.ACTION_PLAN", "notification.document.approved.ACTION_PLAN");
        assertThat(mine).filteredOn(message -> message.key().contains("approved")).singleElement()
                .extracting(Message::arguments)
                .isEqualTo(List.of(osaavaMetso.name().in(Locale.forLanguageTag("fi")), "2017", "2"));
        actAs(userDetails, "applicant");
        assertThat(messages.mine()).as("another organisation's applicant")
                .noneMatch(message -> message.link().equals("documents/" + documentId));
    }
}
