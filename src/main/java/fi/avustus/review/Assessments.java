package fi.avustus.review;

import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.review.internal.Assessment;
import fi.avustus.review.internal.AssessmentRepository;
import fi.avustus.review.internal.AssessmentRules;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' assessments of applications: the process assigns reviewers; each reviewer declares
 * no conflict of interest before scoring the call's criteria, or declares a conflict and is out.
 * Reviewers see others' assessments only after submitting their own, presenters and decision
 * makers only once all are in, so that no one is swayed by early scores.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final AssessmentRepository repository;
    private final Calls calls;
    private final Users users;
    private final CurrentUser currentUser;
    private final Clock clock;

    Assessments(AssessmentRepository repository, Calls calls, Users users, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.calls = calls;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The entity whose change history is an assessment's history, for the audit module's views. */
    public static Class<?> auditedType() {
        return Assessment.class;
    }

    /** Assigns a reviewer (an official) to an application; assigning the same reviewer again returns their assessment. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public AssessmentSummary assign(long applicationId, long callId, String reviewer) {
        return assign(applicationId, callId, Set.of(), reviewer);
    }

    /**
     * As {@link #assign(long, long, String)}, refusing a reviewer who belongs to one of the given
     * organisations (the applicant's and its partners'): they could never assess impartially.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public AssessmentSummary assign(long applicationId, long callId, Collection<Long> applicantOrganisationIds,
                                    String reviewer) {
        UserSummary user = users.find(reviewer == null ? "" : reviewer)
                .filter(found -> found.active() && found.roles().contains(Role.OFFICIAL))
                .orElseThrow(() -> new DomainException("assessment.reviewer.notOfficial", reviewer));
        if (!Collections.disjoint(user.organisationIds(), applicantOrganisationIds)) {
            throw new DomainException("assessment.reviewer.fromApplicant", user.displayName());
        }
        Optional<Assessment> existing = repository.findByApplicationIdAndReviewer(applicationId, reviewer);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == AssessmentStatus.CONFLICT_DECLARED) {
                throw new DomainException("assessment.reviewer.conflict", user.displayName());
            }
            return summary(existing.get());
        }
        CallSummary call = calls.find(callId).orElseThrow(() -> new DomainException("notFound"));
        if (call.criteria().isEmpty()) {
            throw new DomainException("assessment.call.noCriteria");
        }
        List<CriterionScore> criteria = call.criteria().stream().map(Assessments::unscored).toList();
        return summary(repository.saveAndFlush(new Assessment(applicationId, callId, reviewer, criteria)));
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICIAL')")
    public AssessmentSummary declareNoConflict(long assessmentId) {
        Assessment assessment = openOwn(assessmentId);
        assessment.declareNoConflict();
        return summary(repository.saveAndFlush(assessment));
    }

    /** The reviewer steps aside; the reason is kept for the record. */
    @Transactional
    @PreAuthorize("hasRole('OFFICIAL')")
    public AssessmentSummary declareConflict(long assessmentId, String reason) {
        Assessment assessment = openOwn(assessmentId);
        new Validator().requiredText("conflictReason", reason, Validator.TEXT_MAX).throwIfInvalid();
        assessment.declareConflict(reason.strip());
        return summary(repository.saveAndFlush(assessment));
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICIAL')")
    public AssessmentSummary submit(long assessmentId, AssessmentForm form) {
        Assessment assessment = openOwn(assessmentId);
        assessment.requireVersion(form.getVersion());
        if (!assessment.isNoConflictDeclared()) {
            throw new DomainException("assessment.conflictNotDeclared");
        }
        List<CriterionScore> criteria = assessment.getScores();
        AssessmentRules.submit(criteria, form, new Validator()).throwIfInvalid();
        List<CriterionScore> scored = AssessmentRules.scored(criteria, form);
        assessment.submit(scored, form.getComment().strip(), WeightedScore.total(scored), clock.instant());
        return summary(repository.saveAndFlush(assessment));
    }

    /** One assessment, if the current user may see it now (see {@link #ofApplication}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public Optional<AssessmentSummary> find(long assessmentId) {
        return repository.findById(assessmentId)
                .flatMap(found -> ofApplication(found.getApplicationId()).stream()
                        .filter(visible -> visible.id() == assessmentId).findFirst());
    }

    /**
     * The assessments of an application the current user may see: a reviewer sees their own, and
     * everyone's once their own is submitted; others see all once every reviewer without a
     * conflict has submitted, and none before.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<AssessmentSummary> ofApplication(long applicationId) {
        List<Assessment> all = repository.findByApplicationIdOrderByIdAsc(applicationId);
        Optional<Assessment> own = own(all);
        if (own.isPresent() && own.get().getStatus() != AssessmentStatus.SUBMITTED) {
            return List.of(summary(own.get()));
        }
        if (own.isEmpty() && !allSubmitted(all)) {
            return List.of();
        }
        return all.stream().map(Assessments::summary).toList();
    }

    /** Counts, and the average weighted total when the asker may see scores (as in {@link #ofApplication}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public ScoreSummary summary(long applicationId) {
        return scoreSummary(repository.findByApplicationIdOrderByIdAsc(applicationId));
    }

    private Optional<Assessment> own(List<Assessment> all) {
        String username = currentUser.requireUsername();
        return all.stream().filter(assessment -> assessment.getReviewer().equals(username)).findFirst();
    }

    private static boolean allSubmitted(List<Assessment> all) {
        List<Assessment> active = all.stream().filter(a -> a.getStatus() != AssessmentStatus.CONFLICT_DECLARED).toList();
        return !active.isEmpty() && active.stream().allMatch(a -> a.getStatus() == AssessmentStatus.SUBMITTED);
    }

    /** The current user's own assessment, still open for declaring and scoring. */
    private Assessment openOwn(long assessmentId) {
        Assessment assessment = repository.findById(assessmentId).orElseThrow(() -> new DomainException("notFound"));
        if (!assessment.getReviewer().equals(currentUser.requireUsername())) {
            throw new AccessDeniedException("assessment " + assessmentId);
        }
        if (assessment.getStatus() != AssessmentStatus.ASSIGNED) {
            throw new DomainException("assessment.closed");
        }
        return assessment;
    }

    private static CriterionScore unscored(AssessmentCriterion criterion) {
        return new CriterionScore(criterion.nameFi(), criterion.nameSv(), criterion.nameEn(), criterion.weight(), null);
    }

    private static AssessmentSummary summary(Assessment assessment) {
        return new AssessmentSummary(assessment.getId(), assessment.getApplicationId(), assessment.getCallId(),
                assessment.getReviewer(), assessment.getStatus(), assessment.isNoConflictDeclared(),
                assessment.getConflictReason(), assessment.getScores(), assessment.getComment(),
                assessment.getWeightedTotal(), assessment.getSubmittedAt(), assessment.getVersion());
    }

    /**
     * {@link #summary(long)} of many applications in one query, for lists of a call's
     * applications; every asked id has an entry, with zero counts when no one is assigned.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public Map<Long, ScoreSummary> scoresOf(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Assessment>> byApplication = repository.findByApplicationIdInOrderByIdAsc(Set.copyOf(applicationIds))
                .stream().collect(Collectors.groupingBy(Assessment::getApplicationId));
        Map<Long, ScoreSummary> scores = new HashMap<>();
        applicationIds.forEach(id -> scores.put(id, scoreSummary(byApplication.getOrDefault(id, List.of()))));
        return scores;
    }

    /** Counts, and the average only when the asker may see scores (as in {@link #ofApplication}). */
    private ScoreSummary scoreSummary(List<Assessment> all) {
        List<Assessment> active = all.stream().filter(a -> a.getStatus() != AssessmentStatus.CONFLICT_DECLARED).toList();
        List<Assessment> submitted = active.stream().filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED).toList();
        Optional<Assessment> own = own(all);
        boolean visible = own.map(mine -> mine.getStatus() == AssessmentStatus.SUBMITTED).orElse(allSubmitted(all));
        return new ScoreSummary(active.size(), submitted.size(), all.size() - active.size(),
                visible ? WeightedScore.average(submitted.stream().map(Assessment::getWeightedTotal).toList()) : null);
    }
}
