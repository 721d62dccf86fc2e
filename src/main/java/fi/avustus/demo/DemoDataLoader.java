package fi.avustus.demo;

import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkRole;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationForm;
import fi.avustus.organisation.SteeringGroupForm;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroups;
import java.time.LocalDate;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once: a database that already has the demo administrator is left alone.
 * Everything goes in one transaction, so an interrupted load leaves nothing half-loaded.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String MARKER_USER = "admin";

    private final Organisations organisations;
    private final Users users;
    private final Networks networks;
    private final SteeringGroups steeringGroups;
    private final DemoProgrammes demoProgrammes;
    private final TransactionTemplate transaction;
    private final String password;

    DemoDataLoader(Organisations organisations, Users users, Networks networks, SteeringGroups steeringGroups,
                   DemoProgrammes demoProgrammes, TransactionTemplate transaction,
                   @Value("${avustus.demo.password}") String password) {
        this.organisations = organisations;
        this.users = users;
        this.networks = networks;
        this.steeringGroups = steeringGroups;
        this.demoProgrammes = demoProgrammes;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.find(MARKER_USER).isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        SystemUser.run(() -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded");
    }

    private void load() {
        Map<String, Long> organisationIds = loadOrganisations();
        Map<String, DemoData.Person> persons = read("persons.json", DemoData.Person[].class).stream()
                .collect(Collectors.toMap(DemoData.Person::key, Function.identity()));
        Map<String, Long> userIds = loadUsers(persons, organisationIds);
        Map<String, Long> networkIds = loadNetworks(organisationIds);
        Map<String, Long> programmeIds = demoProgrammes.load(read("programmes.json", DemoData.Programme[].class),
                organisationIds);
        loadSteeringGroups(persons, userIds, organisationIds, networkIds, programmeIds);
    }

    private Map<String, Long> loadNetworks(Map<String, Long> organisationIds) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.Network network : read("networks.json", DemoData.Network[].class)) {
            NetworkForm form = new NetworkForm();
            form.setNameFi(network.name().get("fi"));
            form.setNameSv(network.name().get("sv"));
            form.setNameEn(network.name().get("en"));
            form.setCoordinatorId(organisationIds.get(network.coordinator()));
            form.setDescription(network.description());
            form.setKeywords(network.keywords());
            form.setMembers(network.members().stream()
                    .map(member -> new NetworkMember(organisationIds.get(member.org()), NetworkRole.valueOf(member.role())))
                    .toList());
            ids.put(network.key(), networks.create(form).id());
        }
        return ids;
    }

    private void loadSteeringGroups(Map<String, DemoData.Person> persons, Map<String, Long> userIds,
                                    Map<String, Long> organisationIds, Map<String, Long> networkIds,
                                    Map<String, Long> programmeIds) {
        for (DemoData.SteeringGroup group : read("steeringGroups.json", DemoData.SteeringGroup[].class)) {
            SteeringGroupForm form = new SteeringGroupForm();
            form.setNameFi(group.name().get("fi"));
            form.setNameSv(group.name().get("sv"));
            form.setNameEn(group.name().get("en"));
            form.setNetworkId(group.network() == null ? null : networkIds.get(group.network()));
            form.setProgrammeId(group.programme() == null ? null : programmeIds.get(group.programme()));
            form.setTermStart(LocalDate.parse(group.termStart()));
            form.setTermEnd(LocalDate.parse(group.termEnd()));
            form.setQuorumPercent(group.quorumPercent());
            form.setChairBreaksTies(group.chairBreaksTies());
            form.setChairRotation(group.chairRotation().stream().map(MemberCategory::valueOf).toList());
            form.setRotationStartYear(group.rotationStartYear());
            form.setMembers(group.members().stream().map(member -> {
                DemoData.Person person = persons.get(member.person());
                return new SteeringGroupMember(person.name(), person.email(), userIds.get(member.person()),
                        organisationIds.get(member.org()), MemberCategory.valueOf(member.category()));
            }).toList());
            steeringGroups.create(form);
        }
    }

    private Map<String, Long> loadOrganisations() {
        DemoBusinessIds businessIds = new DemoBusinessIds();
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.Organisation organisation : read("organisations.json", DemoData.Organisation[].class)) {
            OrganisationForm form = new OrganisationForm();
            form.setNameFi(organisation.nameFi());
            form.setNameSv(organisation.nameSv());
            form.setType(OrganisationType.valueOf(organisation.type()));
            form.setRegion(organisation.region());
            form.setBusinessId(businessIds.forKey(organisation.key()));
            ids.put(organisation.key(), organisations.create(form).id());
        }
        return ids;
    }

    private Map<String, Long> loadUsers(Map<String, DemoData.Person> persons, Map<String, Long> organisationIds) {
        Map<String, Long> userIdsByPerson = new HashMap<>();
        for (DemoData.User user : read("users.json", DemoData.User[].class)) {
            UserForm form = new UserForm();
            form.setUsername(user.username());
            DemoData.Person person = persons.get(user.person());
            form.setDisplayName(person.name());
            form.setEmail(person.email());
            form.setPassword(password);
            form.setLocale(user.locale());
            form.setRoles(user.roles().stream().map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
            form.setOrganisationIds(user.organisations().stream().map(organisationIds::get).collect(Collectors.toCollection(HashSet::new)));
            userIdsByPerson.put(user.person(), users.create(form).id());
        }
        return userIdsByPerson;
    }

    private static <T> List<T> read(String file, Class<T[]> type) {
        return DemoJson.list(file, type);
    }
}
