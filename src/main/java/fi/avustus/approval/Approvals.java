package fi.avustus.approval;

import fi.avustus.approval.internal.ApprovalRound;
import fi.avustus.approval.internal.ApprovalRoundRepository;
import fi.avustus.approval.internal.ApprovalRounds;
import fi.avustus.approval.internal.Documents;
import fi.avustus.approval.internal.GroupDirectory;
import fi.avustus.approval.internal.RoundAccess;
import fi.avustus.approval.internal.RoundViews;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the approval screens and the document pages read: a member's open votes, the chair's
 * tasks and rounds in progress, and each round as the current user may see it. Only current
 * members of the governing group, staff, and people of the document's network see a round;
 * to anyone else it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Approvals {

    private final ApprovalRoundRepository repository;
    private final ApprovalRounds rounds;
    private final RoundViews views;
    private final RoundAccess access;
    private final GroupDirectory groups;
    private final Documents documents;
    private final TaskService tasks;
    private final CurrentUser currentUser;

    Approvals(ApprovalRoundRepository repository, ApprovalRounds rounds, RoundViews views, RoundAccess access,
              GroupDirectory groups, Documents documents, TaskService tasks, CurrentUser currentUser) {
        this.repository = repository;
        this.rounds = rounds;
        this.views = views;
        this.access = access;
        this.groups = groups;
        this.documents = documents;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** The votes waiting for the current member, the nearest deadline first. */
    @PreAuthorize("hasRole('STEERING_GROUP')")
    public List<OpenVote> myOpenVotes(Locale locale) {
        List<OpenVote> open = new ArrayList<>();
        for (Task task : myTasks(SteeringGroupApprovalProcess.Elements.VOTE)) {
            roundOf(task).filter(round -> round.getStatus() == RoundStatus.OPEN).ifPresent(round -> {
                SteeringGroupSummary group = groups.require(round.getSteeringGroupId());
                if (access.isMember(group)) {
                    open.add(new OpenVote(task.getId(), round.getId(), title(round, locale), route(round, locale),
                            group.name(locale), round.getDeadline()));
                }
            });
        }
        open.sort(Comparator.comparing(OpenVote::deadline));
        return open;
    }

    /** Ties and missing quorums waiting for the current user as chair (or, unassigned, for an administrator). */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN')")
    public List<ChairTask> myChairTasks(Locale locale) {
        List<ChairTask> waiting = new ArrayList<>();
        for (String element : List.of(SteeringGroupApprovalProcess.Elements.BREAK_TIE,
                SteeringGroupApprovalProcess.Elements.RESOLVE_NO_QUORUM)) {
            for (Task task : myTasks(element)) {
                roundOf(task).ifPresent(round -> waiting.add(new ChairTask(task.getId(), element, round.getId(),
                        title(round, locale), groups.require(round.getSteeringGroupId()).name(locale), round.getDeadline())));
            }
        }
        return waiting;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<RoundSummary> round(long roundId) {
        return repository.findById(roundId).filter(this::visible).map(ApprovalRound::summary);
    }

    /** The rounds of a document the current user may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<RoundSummary> roundsOf(String documentType, long documentId) {
        return repository.findByDocumentTypeAndDocumentIdOrderByOpenedAtDesc(documentType, documentId).stream()
                .filter(this::visible).map(ApprovalRound::summary).toList();
    }

    /** A round with the votes the current user may see; refused as not found for anyone who may not see it. */
    @PreAuthorize("isAuthenticated()")
    public RoundView view(long roundId, Locale locale) {
        return repository.findById(roundId).flatMap(round -> views.view(round, locale))
                .orElseThrow(() -> new DomainException("notFound"));
    }

    /** The groups whose rounds in progress the current user follows: those they chair, or all for staff. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<GroupChoice> chairedGroups() {
        return groups.active().stream().filter(group -> access.isStaff() || access.isChair(group))
                .map(group -> new GroupChoice(group.id(), group.name())).toList();
    }

    /** The group's rounds that are open or wait for the chair, with their quorum status, nearest deadline first. */
    @PreAuthorize("hasAnyRole('STEERING_GROUP', 'ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<RoundView> roundsInProgress(long groupId, Locale locale) {
        SteeringGroupSummary group = groups.find(groupId).orElseThrow(() -> new DomainException("notFound"));
        if (!access.isStaff() && !access.isChair(group)) {
            throw new DomainException("notFound");
        }
        return rounds.openRoundsOf(groupId).stream().map(round -> views.view(round, locale)).flatMap(Optional::stream).toList();
    }

    private boolean visible(ApprovalRound round) {
        SteeringGroupSummary group = groups.require(round.getSteeringGroupId());
        return views.canSee(round, group, documents.find(round.getDocumentType(), round.getDocumentVersionId(), Locale.ROOT));
    }

    private List<Task> myTasks(String element) {
        String username = currentUser.requireUsername();
        List<Task> mine = new ArrayList<>(tasks.createTaskQuery().active().processDefinitionKey(SteeringGroupApprovalProcess.KEY)
                .taskDefinitionKey(element).taskAssignee(username).list());
        if (access.isAdmin()) {
            // A chair's task without a chair (no member can log in) waits for an administrator.
            mine.addAll(tasks.createTaskQuery().active().processDefinitionKey(SteeringGroupApprovalProcess.KEY)
                    .taskDefinitionKey(element).taskUnassigned().list());
        }
        return mine;
    }

    private Optional<ApprovalRound> roundOf(Task task) {
        return repository.findByProcessInstanceId(task.getProcessInstanceId());
    }

    private String title(ApprovalRound round, Locale locale) {
        return documents.title(round.getDocumentType(), round.getDocumentVersionId(), locale);
    }

    private String route(ApprovalRound round, Locale locale) {
        return documents.find(round.getDocumentType(), round.getDocumentVersionId(), locale)
                .map(ApprovableDocument::route).orElse(null);
    }
}
