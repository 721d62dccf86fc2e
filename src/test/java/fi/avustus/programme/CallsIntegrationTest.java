package fi.avustus.programme;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Programmes and calls through their facades, on the embedded PostgreSQL, as the demo users. */
@IntegrationTest
class CallsIntegrationTest {

    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private long programmeId;

    @BeforeEach
    void createProgramme() {
        actAs(users, "admin");
        long funder = organisations.active().get(0).id();
        programmeId = programmes.create(ProgrammeFixtures.programme(funder, clock, "1000000")).id();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static List<String> reasons(ValidationFailedException refused) {
        return refused.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    void aDraftIsRefusedPublicationWithEveryReasonThenPublishedAndShownToApplicants() {
        CallSummary draft = calls.create(ProgrammeFixtures.draftCall(programmeId));
        assertThat(draft.status()).isEqualTo(CallStatus.DRAFT);

        assertThatThrownBy(() -> calls.publish(draft.id()))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused -> assertThat(reasons(refused))
                        .containsExactlyInAnyOrder("titleSv:validation.required", "titleEn:validation.required",
                                "openFrom:validation.required", "openUntil:validation.required",
                                "budget:validation.required", "maxGrant:validation.required",
                                "minSelfFinancingPercent:validation.required", "eligibleTypes:call.eligibleTypes.none",
                                "criteria:call.criteria.none"));
        actAs(users, "hakija");
        assertThat(calls.openCalls(null)).noneMatch(open -> open.callId() == draft.id());

        actAs(users, "admin");
        CallForm complete = ProgrammeFixtures.completeCall(programmeId, clock, "200000");
        complete.setVersion(draft.version());
        calls.update(draft.id(), complete);
        CallSummary published = calls.publish(draft.id());
        assertThat(published.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(published.isOpen(clock.instant())).isTrue();
        assertThat(published.openUntil()).isEqualTo(CallForm.instant(complete.getOpenUntil()));

        actAs(users, "hakija");
        OpenCall shown = calls.openCalls(null).stream().filter(open -> open.callId() == draft.id()).findFirst().orElseThrow();
        assertThat(shown.title().fi()).isEqualTo(complete.getTitleFi());
        assertThat(shown.programmeName().en()).startsWith("Test programme");
        assertThat(shown.maxGrant()).isEqualByComparingTo("20000");
        assertThat(shown.timeLeft()).isBetween(Duration.ofDays(12), Duration.ofDays(12).plusHours(1));
        assertThat(calls.openCalls(Set.of(OrganisationType.MUNICIPALITY))).anyMatch(open -> open.callId() == draft.id());
        assertThat(calls.openCalls(Set.of(OrganisationType.COMPANY))).noneMatch(open -> open.callId() == draft.id());
    }

    @Test
    void openCallsAreSortedByClosingTime() {
        CallForm later = ProgrammeFixtures.completeCall(programmeId, clock, "100000");
        CallForm sooner = ProgrammeFixtures.completeCall(programmeId, clock, "100000");
        sooner.setOpenUntil(sooner.getOpenUntil().minusDays(5));
        long laterId = calls.publish(calls.create(later).id()).id();
        long soonerId = calls.publish(calls.create(sooner).id()).id();
        List<Long> order = calls.openCalls(null).stream().map(OpenCall::callId)
                .filter(id -> id == laterId || id == soonerId).toList();
        assertThat(order).containsExactly(soonerId, laterId);
    }

    @Test
    void aPageOfOpenCallsIsTheStartOfTheWholeListForTheSameTypes() {
        calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "100000")).id());
        calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "100000")).id());

        actAs(users, "hakija");
        for (Set<OrganisationType> types : List.of(Set.<OrganisationType>of(), Set.of(OrganisationType.MUNICIPALITY),
                Set.of(OrganisationType.COMPANY))) {
            List<OpenCall> all = calls.openCalls(types);
            Page<OpenCall> first = calls.openCalls(types, PageRequest.of(0, 1));
            assertThat(first.getTotalElements()).as(types.toString()).isEqualTo(all.size());
            assertThat(first.getContent()).as(types.toString()).extracting(OpenCall::callId)
                    .isEqualTo(all.stream().limit(1).map(OpenCall::callId).toList());
        }
        assertThat(calls.openCalls(Set.of(OrganisationType.MUNICIPALITY))).isNotEmpty()
                .allMatch(open -> open.eligibleTypes().contains(OrganisationType.MUNICIPALITY));
    }

    @Test
    void publishedCallsAreReadTogetherWithTheirRulesAndDraftsLeftOut() {
        CallSummary published = calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "100000")).id());
        CallSummary draft = calls.create(ProgrammeFixtures.draftCall(programmeId));

        actAs(users, "hakija");
        List<CallSummary> found = calls.findAllPublished(List.of(published.id(), draft.id(), published.id()));
        assertThat(found).singleElement().usingRecursiveComparison()
                .isEqualTo(calls.findPublished(published.id()).orElseThrow());
        assertThat(found.get(0).criteria()).isNotEmpty();
        assertThat(found.get(0).eligibleTypes()).isNotEmpty();
        assertThat(found.get(0).programmeName().en()).startsWith("Test programme");
        assertThat(calls.findAllPublished(List.of())).isEmpty();
    }

    @Test
    void theClosingsOfOpenCallsAreThoseOfTheOpenCallsList() {
        long open = calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "100000")).id()).id();
        long draft = calls.create(ProgrammeFixtures.draftCall(programmeId)).id();

        actAs(users, "hakija");
        assertThat(calls.openCallClosings()).containsEntry(open, calls.findPublished(open).orElseThrow().openUntil())
                .doesNotContainKey(draft)
                .containsOnlyKeys(calls.openCalls(null).stream().map(OpenCall::callId).toList());
    }

    @Test
    void publishedCallsTogetherStayWithinTheProgrammeBudget() {
        calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "700000")).id());
        CallSummary second = calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "300000.01"));
        assertThatThrownBy(() -> calls.publish(second.id()))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused ->
                        assertThat(reasons(refused)).containsExactly("budget:call.budget.exceedsProgramme"));
        CallForm smaller = CallForm.of(second);
        smaller.setBudget(Money.euros("300000"));
        calls.update(second.id(), smaller);
        assertThat(calls.publish(second.id()).status()).isEqualTo(CallStatus.PUBLISHED);
    }

    @Test
    void editsOfAPublishedCallMustKeepItPublishable() {
        CallSummary published = calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "100000")).id());
        CallForm broken = CallForm.of(published);
        broken.setCriteria(List.of());
        broken.setTitleEn("");
        assertThatThrownBy(() -> calls.update(published.id(), broken))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused -> assertThat(reasons(refused))
                        .containsExactlyInAnyOrder("criteria:call.criteria.none", "titleEn:validation.required"));
        CallForm fixed = CallForm.of(published);
        fixed.setTitleEn("Corrected title");
        assertThat(calls.update(published.id(), fixed).title().en()).isEqualTo("Corrected title");
    }

    @Test
    void draftsRefuseImpossibleValues() {
        CallForm draft = ProgrammeFixtures.draftCall(programmeId);
        draft.setBudget(Money.euros("-1"));
        draft.setMaxGrant(Money.ABSURD.add(Money.euros("1")));
        draft.setOpenFrom(java.time.LocalDateTime.of(2030, 1, 2, 12, 0));
        draft.setOpenUntil(java.time.LocalDateTime.of(2030, 1, 1, 12, 0));
        assertThatThrownBy(() -> calls.create(draft))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused -> assertThat(reasons(refused))
                        .containsExactlyInAnyOrder("budget:validation.negative", "maxGrant:validation.tooLarge",
                                "openUntil:call.openUntil.notAfterOpenFrom"));
    }

    @Test
    void staleFormsAreRefused() {
        CallSummary draft = calls.create(ProgrammeFixtures.draftCall(programmeId));
        CallForm first = CallForm.of(draft);
        CallForm second = CallForm.of(draft);
        first.setTitleSv("Ändrad");
        calls.update(draft.id(), first);
        assertThatThrownBy(() -> calls.update(draft.id(), second))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("concurrentModification"));
    }

    @Test
    void programmesNeedTheirNamesInAllThreeLanguages() {
        ProgrammeForm form = ProgrammeFixtures.programme(organisations.active().get(0).id(), clock, "1");
        form.setNameEn(" ");
        form.setNameSv("");
        assertThatThrownBy(() -> programmes.create(form))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused -> assertThat(reasons(refused))
                        .containsExactlyInAnyOrder("nameSv:validation.required", "nameEn:validation.required"));
        ProgrammeSummary stored = programmes.find(programmeId).orElseThrow();
        assertThat(stored.reminderDays()).containsExactly(30, 7);
        assertThat(stored.themes()).containsExactly("vertaisoppiminen", "HOKS");
    }

    @Test
    void applicantsCannotCreateOrPublishButSeeOpenCalls() {
        long draftId = calls.create(ProgrammeFixtures.draftCall(programmeId)).id();
        actAs(users, "hakija");
        assertThatThrownBy(() -> calls.create(ProgrammeFixtures.draftCall(programmeId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.publish(draftId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.find(draftId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.create(new ProgrammeForm())).isInstanceOf(AccessDeniedException.class);
        assertThat(calls.openCalls(null)).isNotNull();
        actAs(users, "virkailija");
        assertThat(calls.find(draftId)).isPresent();
        assertThatThrownBy(() -> calls.archive(draftId, true)).isInstanceOf(AccessDeniedException.class);
    }
}
