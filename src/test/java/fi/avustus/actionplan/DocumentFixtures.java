package fi.avustus.actionplan;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkRole;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationForm;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroupForm;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.Role;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import fi.avustus.shared.BusinessId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A network of its own for each test, so that tests sharing the database never see each other's
 * documents: a coordinating organisation with its applicant, a member organisation with its
 * applicant, an outsider, and a steering group of three members with logins from an organisation
 * outside the network.
 */
public final class DocumentFixtures {

    public static final String PASSWORD = "salasana-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The people of a test network, by username. */
    public record TestNetwork(long networkId, long groupId, String coordinator, String member, String outsider,
                              List<String> groupMembers) {
    }

    private DocumentFixtures() {
    }

    public static TestNetwork network(UserDetailsService userDetails, Organisations organisations, Users users,
                                      Networks networks, SteeringGroups steeringGroups) {
        actAs(userDetails, "admin");
        String tag = "t" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        long coordinatorOrg = organisation(organisations, "Koordinaattori " + tag);
        long memberOrg = organisation(organisations, "Jäsen " + tag);
        long outsideOrg = organisation(organisations, "Ulkopuolinen " + tag);
        String coordinator = user(users, "koord-" + tag, Role.APPLICANT, coordinatorOrg);
        String member = user(users, "jasen-" + tag, Role.APPLICANT, memberOrg);
        String outsider = user(users, "ulko-" + tag, Role.APPLICANT, outsideOrg);
        NetworkForm network = new NetworkForm();
        network.setNameFi("Verkosto " + tag);
        network.setNameSv("Nätverk " + tag);
        network.setCoordinatorId(coordinatorOrg);
        network.setMembers(List.of(new NetworkMember(coordinatorOrg, NetworkRole.COORDINATOR),
                new NetworkMember(memberOrg, NetworkRole.MEMBER)));
        long networkId = networks.create(network).id();
        List<String> groupMembers = new ArrayList<>();
        List<SteeringGroupMember> seats = new ArrayList<>();
        MemberCategory[] categories = {MemberCategory.VOCATIONAL, MemberCategory.GENERAL_UPPER_SECONDARY, MemberCategory.TEACHERS};
        for (int i = 0; i < categories.length; i++) {
            String username = user(users, "ohry" + i + "-" + tag, Role.STEERING_GROUP, outsideOrg);
            groupMembers.add(username);
            seats.add(new SteeringGroupMember("Jäsen " + i + " " + tag, null, users.find(username).orElseThrow().id(),
                    outsideOrg, categories[i]));
        }
        SteeringGroupForm group = new SteeringGroupForm();
        group.setNameFi("Ohjausryhmä " + tag);
        group.setNameSv("Styrgrupp " + tag);
        group.setNetworkId(networkId);
        group.setTermStart(LocalDate.of(2000, 1, 1));
        group.setTermEnd(LocalDate.of(2100, 12, 31));
        // One category in the rotation: the first member chairs every year.
        group.setChairRotation(List.of(MemberCategory.VOCATIONAL));
        group.setRotationStartYear(2000);
        group.setMembers(seats);
        long groupId = steeringGroups.create(group).id();
        SecurityContextHolder.clearContext();
        return new TestNetwork(networkId, groupId, coordinator, member, outsider, List.copyOf(groupMembers));
    }

    private static long organisation(Organisations organisations, String name) {
        OrganisationForm form = new OrganisationForm();
        form.setNameFi(name);
        form.setNameSv(name);
        form.setType(OrganisationType.MUNICIPALITY);
        form.setBusinessId(businessId());
        return organisations.create(form).id();
    }

    private static String user(Users users, String username, Role role, long organisationId) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(username);
        form.setPassword(PASSWORD);
        form.setRoles(EnumSet.of(role));
        form.setOrganisationIds(Set.of(organisationId));
        users.create(form);
        return username;
    }

    private static String businessId() {
        while (true) {
            String digits = "8" + ThreadLocalRandom.current().nextInt(100000, 1000000);
            Integer check = BusinessId.checkDigit(digits);
            if (check != null) {
                return digits + "-" + check;
            }
        }
    }
}
