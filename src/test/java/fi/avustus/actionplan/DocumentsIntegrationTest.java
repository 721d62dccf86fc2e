package fi.avustus.actionplan;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.actionplan.DocumentFixtures.TestNetwork;
import fi.avustus.actionplan.internal.DocumentLifecycle;
import fi.avustus.approval.ApprovableDocuments;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.FieldChange;
import fi.avustus.shared.ValidationFailedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Drafts, frozen versions, differences, the approved baseline and who may see what, on the real database. */
@IntegrationTest
class DocumentsIntegrationTest {

    @Autowired NetworkDocuments documents;
    @Autowired DocumentLifecycle lifecycle;
    @Autowired UserDetailsService userDetails;
    @Autowired Organisations organisations;
    @Autowired Users users;
    @Autowired Networks networks;
    @Autowired SteeringGroups steeringGroups;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<ApprovableDocuments> approvables;

    private TestNetwork network;

    @BeforeEach
    void aNetworkOfItsOwn() {
        network = DocumentFixtures.network(userDetails, organisations, users, networks, steeringGroups);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDraftSavesWithOptimisticLocking() {
        long id = actionPlan(2017);
        long seen = documents.find(id).orElseThrow().lockVersion();
        long saved = documents.saveDraft(id, seen, DocumentSamples.actionPlan(2017));
        assertThat(saved).isGreaterThan(seen);
        assertThat(((ActionPlanContent) documents.find(id).orElseThrow().content()).lines()).hasSize(2);
        assertThatThrownBy(() -> documents.saveDraft(id, seen, ActionPlanContent.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("concurrentModification"));
    }

    @Test
    void oneDocumentOfATypePerNetworkAndYear() {
        actionPlan(2017);
        assertThatThrownBy(() -> documents.create(DocumentType.ACTION_PLAN, network.networkId(), 2017))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("actionplan.document.exists"));
        assertThatThrownBy(() -> documents.create(DocumentType.ACTION_PLAN, network.networkId(), 1999))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void anIncompletePlanIsNotSubmitted() {
        long id = actionPlan(2017);
        assertThatThrownBy(() -> lifecycle.freeze(id)).isInstanceOf(ValidationFailedException.class);
        assertThat(documents.find(id).orElseThrow().versions()).isEmpty();
    }

    @Test
    void submittedVersionsAreFrozen() {
        long id = submittedPlan(2017);
        DocumentDetails details = documents.find(id).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(DocumentStatus.IN_APPROVAL);
        assertThat(details.versions()).singleElement().satisfies(version -> assertThat(version.number()).isEqualTo(1));
        assertThatThrownBy(() -> documents.saveDraft(id, details.lockVersion(), ActionPlanContent.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("actionplan.inApproval.readOnly"));
        long versionId = details.versions().get(0).id();
        assertThatThrownBy(() -> jdbc.update("update avustus.plan_document_version set content = '{}' where id = ?", versionId))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from avustus.plan_document_version where id = ?", versionId))
                .isInstanceOf(DataAccessException.class);
        assertThat(documents.version(id, 1).content()).isEqualTo(details.content());
    }

    @Test
    void anyTwoVersionsCompareFieldByField() {
        long id = submittedPlan(2017);
        returnForRevision(id);
        actAs(userDetails, network.coordinator());
        ActionPlanContent plan = (ActionPlanContent) documents.find(id).orElseThrow().content();
        List<ActionLine> lines = new ArrayList<>(plan.lines());
        ActionLine first = lines.get(0);
        lines.set(0, new ActionLine(1, "Sivistysjohtajien yhteistyö ja vuosikello", first.objectives(), first.activities(),
                first.responsible(), List.of(new Indicator("Työkokouksia", "kpl", new BigDecimal("5")))));
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), new ActionPlanContent(lines));
        lifecycle.freeze(id);
        assertThat(documents.difference(id, 1, 2)).containsExactly(
                new FieldChange("lines[1].title", "Sivistysjohtajien yhteistyö", "Sivistysjohtajien yhteistyö ja vuosikello"),
                new FieldChange("lines[1].indicators[1].target", "4", "5"));
        assertThat(documents.difference(id, 2, 1)).contains(new FieldChange("lines[1].indicators[1].target", "5", "4"));
        assertThat(documents.difference(id, 2, 2)).isEmpty();
        assertThatThrownBy(() -> documents.difference(id, 1, 3)).isInstanceOf(DomainException.class);
    }

    @Test
    void theApprovedVersionIsTheBaselineAndCannotBeRevisedInPlace() {
        long id = submittedPlan(2017);
        approve(id);
        actAs(userDetails, network.coordinator());
        DocumentDetails approved = documents.find(id).orElseThrow();
        assertThat(approved.summary().status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(approved.summary().approvedVersion()).isEqualTo(1);
        assertThat(approved.versions().get(0).baseline()).isTrue();
        assertThat(approved.versions().get(0).outcome()).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(documents.baseline(network.networkId(), 2017, DocumentType.ACTION_PLAN)).hasValueSatisfying(
                baseline -> assertThat(baseline.summary().number()).isEqualTo(1));
        assertThatThrownBy(() -> documents.saveDraft(id, approved.lockVersion(), ActionPlanContent.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("actionplan.approved.readOnly"));
        assertThatThrownBy(() -> lifecycle.freeze(id))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("actionplan.approved.readOnly"));

        documents.startRevision(id);
        assertThat(documents.find(id).orElseThrow().summary().status()).isEqualTo(DocumentStatus.DRAFT);
        assertThatThrownBy(() -> documents.startRevision(id))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("actionplan.revision.notApproved"));
        lifecycle.freeze(id);
        assertThat(documents.baseline(network.networkId(), 2017, DocumentType.ACTION_PLAN)).hasValueSatisfying(
                baseline -> assertThat(baseline.summary().number()).as("still the approved one while v2 is reviewed").isEqualTo(1));
        approve(id);
        actAs(userDetails, network.coordinator());
        assertThat(documents.baseline(network.networkId(), 2017, DocumentType.ACTION_PLAN)).hasValueSatisfying(
                baseline -> assertThat(baseline.summary().number()).isEqualTo(2));
    }

    @Test
    void aNewYearsPlanStartsFromTheApprovedPlanOfTheYearBefore() {
        long id = submittedPlan(2017);
        approve(id);
        long next = actionPlan(2018);
        ActionPlanContent started = (ActionPlanContent) documents.find(next).orElseThrow().content();
        assertThat(started.lines()).hasSize(2);
        assertThat(started.lines().get(0).activities().get(0).date()).isEqualTo(LocalDate.of(2018, 1, 19));
    }

    @Test
    void theAnnualReportIsWrittenAgainstTheApprovedPlans() {
        actAs(userDetails, network.coordinator());
        assertThatThrownBy(() -> documents.create(DocumentType.ANNUAL_REPORT, network.networkId(), 2017))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("actionplan.report.needsApprovedPlans"));
        approve(submittedPlan(2017));
        long finance = create(DocumentType.FINANCIAL_PLAN, 2017, DocumentSamples.balancedFinancialPlan());
        lifecycle.freeze(finance);
        approve(finance);
        actAs(userDetails, network.coordinator());
        long report = documents.create(DocumentType.ANNUAL_REPORT, network.networkId(), 2017);
        AnnualReportContent content = (AnnualReportContent) documents.find(report).orElseThrow().content();
        assertThat(content.lines()).extracting(LineReport::title).containsExactly("Sivistysjohtajien yhteistyö", "Viestintä");
        assertThat(content.financialOutcome()).hasSize(4);
        assertThat(content.plannedTotals().income()).isEqualByComparingTo("80000.00");

        List<OutcomeLine> invented = new ArrayList<>(content.financialOutcome());
        invented.set(0, new OutcomeLine(FinancialCategory.MEMBERSHIP_FEES, "Kuntien jäsenmaksut", new BigDecimal("90000.00"),
                null, null));
        long lock = documents.find(report).orElseThrow().lockVersion();
        assertThatThrownBy(() -> documents.saveDraft(report, lock, new AnnualReportContent(content.actionPlanVersionId(),
                content.financialPlanVersionId(), content.lines(), invented))).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> documents.saveDraft(report, lock, new AnnualReportContent(content.actionPlanVersionId() + 1000,
                content.financialPlanVersionId(), content.lines(), content.financialOutcome())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("actionplan.report.baselineFixed"));
    }

    @Test
    void aReportMovesOntoANewlyApprovedPlanKeepingWhatWasWritten() {
        long plan = submittedPlan(2017);
        approve(plan);
        long finance = create(DocumentType.FINANCIAL_PLAN, 2017, DocumentSamples.balancedFinancialPlan());
        lifecycle.freeze(finance);
        approve(finance);
        actAs(userDetails, network.coordinator());
        long report = documents.create(DocumentType.ANNUAL_REPORT, network.networkId(), 2017);
        AnnualReportContent started = (AnnualReportContent) documents.find(report).orElseThrow().content();
        List<LineReport> lines = started.lines().stream().map(line -> new LineReport(line.number(), line.title(),
                "Tehtiin " + line.number(), line.indicators())).toList();
        List<OutcomeLine> outcome = new ArrayList<>(started.financialOutcome());
        OutcomeLine fees = outcome.get(0);
        outcome.set(0, new OutcomeLine(fees.category(), fees.description(), fees.planned(), new BigDecimal("59000.00"), null));
        documents.saveDraft(report, documents.find(report).orElseThrow().lockVersion(), new AnnualReportContent(
                started.actionPlanVersionId(), started.financialPlanVersionId(), lines, outcome));

        documents.startRevision(plan);
        ActionPlanContent approvedPlan = (ActionPlanContent) documents.find(plan).orElseThrow().content();
        ActionLine second = approvedPlan.lines().get(1);
        documents.saveDraft(plan, documents.find(plan).orElseThrow().lockVersion(), new ActionPlanContent(List.of(
                approvedPlan.lines().get(0), new ActionLine(2, "Viestintä ja markkinointi", second.objectives(),
                        second.activities(), second.responsible(), second.indicators()))));
        lifecycle.freeze(plan);
        approve(plan);
        actAs(userDetails, network.coordinator());
        assertThatThrownBy(() -> lifecycle.freeze(report)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("actionplan.report.baselineChanged"));

        documents.rebaseReport(report);
        AnnualReportContent moved = (AnnualReportContent) documents.find(report).orElseThrow().content();
        assertThat(moved.actionPlanVersionId()).isNotEqualTo(started.actionPlanVersionId());
        assertThat(moved.lines()).extracting(LineReport::done).containsExactly("Tehtiin 1", null);
        assertThat(moved.lines().get(1).title()).isEqualTo("Viestintä ja markkinointi");
        assertThat(moved.financialOutcome().get(0).actual()).isEqualByComparingTo("59000.00");
    }

    @Test
    void theCoordinatorWritesMembersAndStaffReadOthersSeeNothing() {
        long id = actionPlan(2017);
        actAs(userDetails, network.member());
        DocumentDetails read = documents.find(id).orElseThrow();
        assertThat(read.showsDraft()).isTrue();
        assertThat(read.editable()).isFalse();
        assertThat(documents.networks()).extracting(summary -> summary.id()).contains(network.networkId());
        assertThatThrownBy(() -> documents.saveDraft(id, read.lockVersion(), ActionPlanContent.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.create(DocumentType.FINANCIAL_PLAN, network.networkId(), 2017))
                .isInstanceOf(AccessDeniedException.class);

        actAs(userDetails, "virkailija");
        assertThat(documents.find(id)).hasValueSatisfying(details -> assertThat(details.editable()).isFalse());

        actAs(userDetails, network.outsider());
        assertThat(documents.find(id)).isEmpty();
        assertThat(documents.networks()).extracting(summary -> summary.id()).doesNotContain(network.networkId());
        assertThatThrownBy(() -> documents.ofNetwork(network.networkId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.version(id, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSteeringGroupSeesOnlyWhatWasSentToIt() {
        long id = actionPlan(2017);
        String groupMember = network.groupMembers().get(0);
        actAs(userDetails, groupMember);
        assertThat(documents.find(id)).isEmpty();
        assertThat(documents.ofNetwork(network.networkId())).isEmpty();

        actAs(userDetails, network.coordinator());
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), DocumentSamples.actionPlan(2017));
        lifecycle.freeze(id);
        returnForRevision(id);
        actAs(userDetails, network.coordinator());
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), ActionPlanContent.empty());

        actAs(userDetails, groupMember);
        DocumentDetails sent = documents.find(id).orElseThrow();
        assertThat(sent.showsDraft()).isFalse();
        assertThat(((ActionPlanContent) sent.content()).lines()).as("the submitted version, not the emptied draft").hasSize(2);
        assertThat(documents.ofNetwork(network.networkId())).extracting(DocumentSummary::id).containsExactly(id);
        assertThat(documents.networks()).extracting(summary -> summary.id()).contains(network.networkId());
    }

    @Test
    void theApprovalModuleKnowsEachVersionByTitleAndPage() {
        long id = submittedPlan(2017);
        long versionId = lastVersionId(id);
        SecurityContextHolder.clearContext();
        ApprovableDocuments actionPlans = approvables.stream()
                .filter(bean -> bean.documentType().equals(DocumentType.ACTION_PLAN.name())).findFirst().orElseThrow();
        assertThat(actionPlans.find(versionId, Locale.forLanguageTag("fi"))).hasValueSatisfying(document -> {
            assertThat(document.title()).startsWith("Toimintasuunnitelma 2017 – Verkosto ").endsWith(", versio 1");
            assertThat(document.route()).isEqualTo("documents/" + id);
            assertThat(document.networkId()).isEqualTo(network.networkId());
        });
        assertThat(actionPlans.find(versionId, Locale.forLanguageTag("sv"))).hasValueSatisfying(document ->
                assertThat(document.title()).startsWith("Verksamhetsplan 2017 – Nätverk ").endsWith(", version 1"));
        assertThat(approvables).extracting(ApprovableDocuments::documentType).contains("FINANCIAL_PLAN", "ANNUAL_REPORT");
        assertThat(approvables.stream().filter(bean -> bean.documentType().equals(DocumentType.FINANCIAL_PLAN.name()))
                .findFirst().orElseThrow().find(versionId, Locale.ROOT)).as("another type's version").isEmpty();
    }

    private long actionPlan(int year) {
        actAs(userDetails, network.coordinator());
        return documents.create(DocumentType.ACTION_PLAN, network.networkId(), year);
    }

    private long create(DocumentType type, int year, DocumentContent content) {
        actAs(userDetails, network.coordinator());
        long id = documents.create(type, network.networkId(), year);
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), content);
        return id;
    }

    private long submittedPlan(int year) {
        long id = create(DocumentType.ACTION_PLAN, year, DocumentSamples.actionPlan(year));
        lifecycle.freeze(id);
        return id;
    }

    private void approve(long id) {
        long versionId = lastVersionId(id);
        SystemUser.run(() -> lifecycle.approve(id, versionId, null));
    }

    private void returnForRevision(long id) {
        long versionId = lastVersionId(id);
        SystemUser.run(() -> lifecycle.returnForRevision(id, versionId, ApprovalOutcome.CHANGES_REQUESTED, null));
    }

    private long lastVersionId(long id) {
        actAs(userDetails, network.coordinator());
        List<VersionSummary> versions = documents.find(id).orElseThrow().versions();
        return versions.get(versions.size() - 1).id();
    }
}
