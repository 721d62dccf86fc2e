package fi.avustus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine sees the same users and roles as Avustus, and follows changes. */
@IntegrationTest
class EngineIdentityTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    Users users;

    @Test
    void demoUsersAreEngineUsersInTheirRoleGroups() {
        for (Role role : Role.values()) {
            assertThat(identityService.createGroupQuery().groupId(role.groupId()).count()).isEqualTo(1);
        }
        assertThat(groupsOf("hakija-tampere")).containsExactly("APPLICANT");
        assertThat(groupsOf("paattaja")).containsExactly("DECISION_MAKER");
        assertThat(groupsOf("admin")).as("Camunda's web apps need an administrator of their own")
                .containsExactlyInAnyOrder("ADMIN", "camunda-admin");
    }

    @Test
    void roleChangesReachTheEngineAndArchivedUsersLoseTheirGroups() {
        long id = SystemUser.call(() -> {
            UserForm form = new UserForm();
            form.setUsername("engine.sync-test");
            form.setDisplayName("Testi Käyttäjä");
            form.setPassword("long-enough-1");
            form.setRoles(EnumSet.of(Role.OFFICIAL));
            return users.create(form).id();
        });
        assertThat(groupsOf("engine.sync-test")).containsExactly("OFFICIAL");

        SystemUser.run(() -> {
            UserForm form = UserForm.of(users.find(id).orElseThrow());
            form.setRoles(EnumSet.of(Role.OFFICIAL, Role.DECISION_MAKER));
            users.update(id, form);
        });
        assertThat(groupsOf("engine.sync-test")).containsExactlyInAnyOrder("OFFICIAL", "DECISION_MAKER");

        SystemUser.run(() -> {
            UserForm form = UserForm.of(users.find(id).orElseThrow());
            form.setRoles(EnumSet.of(Role.ADMIN));
            users.update(id, form);
        });
        assertThat(groupsOf("engine.sync-test")).containsExactlyInAnyOrder("ADMIN", "camunda-admin");

        SystemUser.run(() -> users.archive(id, true));
        assertThat(groupsOf("engine.sync-test")).isEmpty();
    }

    private Set<String> groupsOf(String username) {
        return Set.copyOf(identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList());
    }
}
