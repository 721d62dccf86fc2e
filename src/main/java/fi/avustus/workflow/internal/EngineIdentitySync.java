package fi.avustus.workflow.internal;

import fi.avustus.security.Role;
import fi.avustus.security.UserChanged;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the engine's users, groups and memberships equal to Avustus's users and roles, so that
 * candidate groups in BPMN and the engine's task queries see the same people. Administrators are
 * also in Camunda's own administrators' group: the web apps show their dashboards only once the
 * engine has such a member, and send everyone to a first-user setup page before that. Runs in the
 * transaction of the user change: both commit together or neither does.
 */
@Component
@Order(5)
class EngineIdentitySync implements ApplicationRunner {

    private final IdentityService identityService;
    private final Users users;

    EngineIdentitySync(IdentityService identityService, Users users) {
        this.identityService = identityService;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), role.name(), "WORKFLOW");
        }
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        users.all().forEach(this::sync);
    }

    @EventListener
    public void on(UserChanged event) {
        users.find(event.username()).ifPresent(this::sync);
    }

    void sync(UserSummary summary) {
        User user = identityService.createUserQuery().userId(summary.username()).singleResult();
        if (user == null) {
            user = identityService.newUser(summary.username());
            // Nobody logs in to the engine directly: the web apps reuse the Avustus login.
            user.setPassword(UUID.randomUUID().toString());
        }
        user.setFirstName(summary.displayName());
        user.setLastName("");
        user.setEmail(summary.email());
        identityService.saveUser(user);

        Set<String> wanted = summary.active() && !summary.archived()
                ? summary.roles().stream().flatMap(role -> role == Role.ADMIN
                        ? Stream.of(role.groupId(), Groups.CAMUNDA_ADMIN) : Stream.of(role.groupId()))
                        .collect(Collectors.toSet())
                : Set.of();
        Set<String> current = identityService.createGroupQuery().groupMember(summary.username()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        current.stream().filter(group -> !wanted.contains(group))
                .forEach(group -> identityService.deleteMembership(summary.username(), group));
        wanted.stream().filter(group -> !current.contains(group))
                .forEach(group -> identityService.createMembership(summary.username(), group));
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }
}
