package fi.avustus.approval;

import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroupForm;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserForm;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A steering group of fresh members with logins, its network, and approval rounds of test
 * documents, for the approval tests. Every call makes new data: tests share one database.
 */
@Component
public class ApprovalFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Users users;
    private final Organisations organisations;
    private final Networks networks;
    private final SteeringGroups steeringGroups;
    private final RuntimeService runtime;

    ApprovalFixtures(Users users, Organisations organisations, Networks networks, SteeringGroups steeringGroups,
                     RuntimeService runtime) {
        this.users = users;
        this.organisations = organisations;
        this.networks = networks;
        this.steeringGroups = steeringGroups;
        this.runtime = runtime;
    }

    /** A group as it is set up for a test: its members' usernames, the first one chairing. */
    public record Group(SteeringGroupSummary summary, List<String> members, long networkId) {

        public long id() {
            return summary.id();
        }

        public String chair() {
            return members.get(0);
        }
    }

    /** Options of the group's rule; the defaults are the demo groups'. */
    public record Rule(int quorumPercent, boolean chairBreaksTies, boolean chairMayDecideWithoutQuorum,
                       boolean votesSecretUntilVoted) {

        public static Rule standard() {
            return new Rule(50, true, false, false);
        }

        public Rule chairMayDecide() {
            return new Rule(quorumPercent, chairBreaksTies, true, votesSecretUntilVoted);
        }

        public Rule secretVotes() {
            return new Rule(quorumPercent, chairBreaksTies, chairMayDecideWithoutQuorum, true);
        }
    }

    public Group group(int members) {
        return group(members, Rule.standard());
    }

    /** A network and its steering group with this many members, each with a STEERING_GROUP login. */
    public Group group(int members, Rule rule) {
        return SystemUser.call(() -> {
            long n = SEQUENCE.incrementAndGet();
            List<Long> organisationIds = organisations.active().stream().map(OrganisationSummary::id).toList();
            NetworkForm network = new NetworkForm();
            network.setNameFi("Hyväksyntäverkosto " + n);
            network.setNameSv("Godkännandenätverk " + n);
            network.setCoordinatorId(organisationIds.get(0));
            long networkId = networks.create(network).id();
            List<String> usernames = new ArrayList<>();
            List<SteeringGroupMember> groupMembers = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                UserSummary user = member("jasen" + n + "-" + (i + 1));
                usernames.add(user.username());
                // The first member represents the category that chairs every year.
                groupMembers.add(new SteeringGroupMember(user.displayName(), null, user.id(), organisationIds.get(i % organisationIds.size()),
                        i == 0 ? MemberCategory.MUNICIPALITY : MemberCategory.OTHER));
            }
            SteeringGroupForm form = new SteeringGroupForm();
            form.setNameFi("Hyväksyntäryhmä " + n);
            form.setNameSv("Godkännandegrupp " + n);
            form.setNetworkId(networkId);
            form.setTermStart(LocalDate.of(2025, 1, 1));
            form.setTermEnd(LocalDate.of(2030, 12, 31));
            form.setQuorumPercent(rule.quorumPercent());
            form.setChairBreaksTies(rule.chairBreaksTies());
            form.setChairMayDecideWithoutQuorum(rule.chairMayDecideWithoutQuorum());
            form.setVotesSecretUntilVoted(rule.votesSecretUntilVoted());
            form.setChairRotation(new ArrayList<>(List.of(MemberCategory.MUNICIPALITY)));
            form.setRotationStartYear(2025);
            form.setMembers(groupMembers);
            return new Group(steeringGroups.create(form), usernames, networkId);
        });
    }

    /** A login with the steering-group role. */
    public UserSummary member(String username) {
        return SystemUser.call(() -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setDisplayName("Jäsen " + username);
            form.setPassword("salasana-2026");
            form.setLocale("fi");
            form.setRoles(Set.of(Role.STEERING_GROUP));
            form.setActive(true);
            return users.create(form);
        });
    }

    /** A person of the network's coordinating organisation, who writes and submits its documents. */
    public UserSummary coordinator(Group group) {
        return SystemUser.call(() -> {
            long organisationId = networks.find(group.networkId()).orElseThrow().coordinatorId();
            UserForm form = new UserForm();
            form.setUsername("koordinaattori" + SEQUENCE.incrementAndGet());
            form.setDisplayName("Koordinaattori");
            form.setPassword("salasana-2026");
            form.setLocale("fi");
            form.setRoles(Set.of(Role.APPLICANT));
            form.setOrganisationIds(Set.of(organisationId));
            form.setActive(true);
            return users.create(form);
        });
    }

    /** Changes the group's working language (e.g. of its minutes). */
    public void speaks(Group group, String language) {
        SystemUser.run(() -> {
            SteeringGroupForm form = SteeringGroupForm.of(steeringGroups.find(group.id()).orElseThrow());
            form.setLanguage(language);
            steeringGroups.update(group.id(), form);
        });
    }

    /** Starts the approval of a new test document version, as a document's process does through its call activity. */
    public ProcessInstance submit(Group group, Duration untilDeadline) {
        long versionId = SEQUENCE.incrementAndGet();
        TestDocuments.register(versionId, group.networkId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(SteeringGroupApprovalProcess.Variables.DOCUMENT_TYPE, TestDocuments.TYPE);
        variables.put(SteeringGroupApprovalProcess.Variables.DOCUMENT_ID, versionId);
        variables.put(SteeringGroupApprovalProcess.Variables.DOCUMENT_VERSION_ID, versionId);
        variables.put(SteeringGroupApprovalProcess.Variables.STEERING_GROUP_ID, group.id());
        variables.put(SteeringGroupApprovalProcess.Variables.ROUND_DEADLINE, Date.from(Instant.now().plus(untilDeadline)));
        variables.put(SteeringGroupApprovalProcess.Variables.SUBMITTED_BY, "hakija");
        return SystemUser.call(() -> runtime.startProcessInstanceByKey(SteeringGroupApprovalProcess.KEY, variables));
    }

    /** Removes a member from the group, as an administrator editing the group does. */
    public SteeringGroupSummary removeMember(Group group, String username) {
        return SystemUser.call(() -> {
            SteeringGroupSummary current = steeringGroups.find(group.id()).orElseThrow();
            long userId = users.find(username).orElseThrow().id();
            SteeringGroupForm form = SteeringGroupForm.of(current);
            form.setMembers(new ArrayList<>(current.members().stream().filter(member -> member.userId() == null
                    || member.userId() != userId).toList()));
            return steeringGroups.update(group.id(), form);
        });
    }
}
