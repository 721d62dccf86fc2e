package fi.avustus.organisation;

import static fi.avustus.organisation.MemberCategory.GENERAL_UPPER_SECONDARY;
import static fi.avustus.organisation.MemberCategory.REGIONAL_COUNCIL;
import static fi.avustus.organisation.MemberCategory.VOCATIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.ValidationFailedException.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "admin", roles = "ADMIN")
class SteeringGroupsTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    SteeringGroups steeringGroups;

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    private List<Long> organisationIds;
    private long networkId;

    /** As the system user, since some tests act in roles that may not create networks. */
    @BeforeEach
    void aNetworkToGovern() {
        SystemUser.run(() -> {
            organisationIds = organisations.active().stream().map(OrganisationSummary::id).toList();
            NetworkForm network = new NetworkForm();
            network.setNameFi("Ohjattava verkosto " + System.nanoTime());
            network.setNameSv("Styrt nätverk");
            network.setCoordinatorId(organisationIds.get(0));
            networkId = networks.create(network).id();
        });
    }

    private SteeringGroupForm form(String name, SteeringGroupMember... members) {
        SteeringGroupForm form = new SteeringGroupForm();
        form.setNameFi(name);
        form.setNameSv(name + " (sv)");
        form.setNetworkId(networkId);
        form.setTermStart(LocalDate.of(2025, 8, 1));
        form.setTermEnd(LocalDate.of(2027, 7, 31));
        form.setQuorumPercent(50);
        form.setChairRotation(new ArrayList<>(List.of(VOCATIONAL, GENERAL_UPPER_SECONDARY)));
        form.setRotationStartYear(2020);
        form.setMembers(new ArrayList<>(List.of(members)));
        return form;
    }

    private SteeringGroupMember member(String name, int organisation, MemberCategory category) {
        return new SteeringGroupMember(name, null, null, organisationIds.get(organisation), category);
    }

    private static List<String> violatedFields(Runnable action) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> invalid.violations().forEach(violation -> fields.add(violation.field())));
        return fields;
    }

    @Test
    void aGroupIsStoredWithItsRuleRotationAndMembers() {
        long loginId = users.find("ohjausryhma").orElseThrow().id();
        SteeringGroupForm form = form("Yhteistyöryhmä " + System.nanoTime(),
                member("Jari Rautio", 2, REGIONAL_COUNCIL),
                new SteeringGroupMember(" Timo Haapala ", " timo.haapala@example.fi ", loginId, organisationIds.get(1), VOCATIONAL),
                member("Riikka Niemelä", 3, GENERAL_UPPER_SECONDARY));
        form.setChairBreaksTies(false);

        SteeringGroupSummary created = steeringGroups.create(form);

        assertThat(created.decisionRule()).isEqualTo(new DecisionRule(50, false));
        assertThat(created.members().get(1)).isEqualTo(new SteeringGroupMember("Timo Haapala", "timo.haapala@example.fi",
                loginId, organisationIds.get(1), VOCATIONAL));
        SteeringGroupSummary found = steeringGroups.find(created.id()).orElseThrow();
        assertThat(found.chairOn(LocalDate.of(2026, 3, 1))).hasValueSatisfying(chair ->
                assertThat(chair.personName()).isEqualTo("Timo Haapala"));
        assertThat(found.chairOn(LocalDate.of(2027, 3, 1))).hasValueSatisfying(chair ->
                assertThat(chair.personName()).isEqualTo("Riikka Niemelä"));
    }

    @Test
    void theSamePersonTwiceIsRefusedAndNothingIsStored() {
        String name = "Tuplajäsen " + System.nanoTime();
        SteeringGroupForm form = form(name, member("Sari Kivelä", 1, VOCATIONAL), member("sari kivelä ", 2, REGIONAL_COUNCIL));

        assertThatThrownBy(() -> steeringGroups.create(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::messageKey)
                        .containsExactly("steeringGroup.member.duplicate"));
        assertThat(steeringGroups.search(name, false, Pageable.unpaged()).getTotalElements()).isZero();
    }

    @Test
    void theSameLoginTwiceIsRefused() {
        long loginId = users.find("ohjausryhma").orElseThrow().id();
        SteeringGroupForm form = form("Tuplatunnus",
                new SteeringGroupMember("Timo", null, loginId, organisationIds.get(1), VOCATIONAL),
                new SteeringGroupMember("Timo H.", null, loginId, organisationIds.get(1), VOCATIONAL));

        assertThat(violatedFields(() -> steeringGroups.create(form))).containsExactly("members");
    }

    @Test
    void aGroupGovernsExactlyOneThing() {
        SteeringGroupForm neither = form("Ei mitään");
        neither.setNetworkId(null);
        assertThat(violatedFields(() -> steeringGroups.create(neither))).containsExactly("networkId");

        SteeringGroupForm both = form("Molemmat");
        both.setProgrammeId(1L);
        assertThat(violatedFields(() -> steeringGroups.create(both))).containsExactly("networkId");

        SteeringGroupForm unknown = form("Tuntematon verkosto");
        unknown.setNetworkId(Long.MAX_VALUE);
        assertThat(violatedFields(() -> steeringGroups.create(unknown))).containsExactly("networkId");
    }

    @Test
    void aGroupMayGovernAnOfferedProgrammeInstead() {
        List<GovernedProgrammes.Option> choices = steeringGroups.programmeChoices().orElse(List.of());
        SteeringGroupForm form = form("Ohjelman ohjausryhmä " + System.nanoTime());
        form.setNetworkId(null);
        if (choices.isEmpty()) {
            // No module offers programmes (yet): nothing can be chosen, and an id from elsewhere is refused.
            form.setProgrammeId(4242L);
            assertThat(violatedFields(() -> steeringGroups.create(form))).containsExactly("programmeId");
        } else {
            form.setProgrammeId(choices.get(0).id());
            assertThat(steeringGroups.create(form).programmeId()).isEqualTo(form.getProgrammeId());
        }
    }

    @Test
    void termQuorumRotationAndMembersAreChecked() {
        SteeringGroupForm form = form("Virheellinen", new SteeringGroupMember("Maija", "maija@", null, organisationIds.get(1), VOCATIONAL),
                new SteeringGroupMember(" ", null, null, organisationIds.get(1), VOCATIONAL));
        form.setTermEnd(form.getTermStart());
        form.setQuorumPercent(101);
        form.setChairRotation(new ArrayList<>(List.of(VOCATIONAL, VOCATIONAL)));
        form.setRotationStartYear(20);

        assertThatThrownBy(() -> steeringGroups.create(form)).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::messageKey).containsExactlyInAnyOrder(
                        "steeringGroup.termEndBeforeStart", "steeringGroup.range", "steeringGroup.range",
                        "steeringGroup.rotationRepeats", "steeringGroup.member.emailFormat",
                        "steeringGroup.member.incomplete"));

        form.setChairRotation(new ArrayList<>());
        assertThat(violatedFields(() -> steeringGroups.create(form))).contains("chairRotation");
    }

    @Test
    void theRulesOfProcedureAndTheLanguageAreStoredAndALanguageOutsideTheProductsIsRefused() {
        SteeringGroupForm form = form("Menettelyt " + System.nanoTime(), member("Jari Rautio", 2, REGIONAL_COUNCIL));
        form.setChairMayDecideWithoutQuorum(true);
        form.setVotesSecretUntilVoted(true);
        form.setLanguage("sv");
        SteeringGroupSummary created = steeringGroups.create(form);
        assertThat(created.decisionRule()).isEqualTo(new DecisionRule(50, true, true, true));
        assertThat(created.language()).isEqualTo("sv");
        assertThat(SteeringGroupForm.of(created).isVotesSecretUntilVoted()).isTrue();

        SteeringGroupForm german = SteeringGroupForm.of(created);
        german.setLanguage("de");
        assertThat(violatedFields(() -> steeringGroups.update(created.id(), german))).containsExactly("language");
    }

    @Test
    void changingTheMembersTellsTheOtherModulesChangingAnythingElseDoesNot() {
        SteeringGroupSummary group = steeringGroups.create(form("Jäsenmuutos " + System.nanoTime(),
                member("Jari Rautio", 2, REGIONAL_COUNCIL), member("Riikka Niemelä", 3, GENERAL_UPPER_SECONDARY)));
        SteeringGroupForm renamed = SteeringGroupForm.of(group);
        renamed.setNameEn("Member change");
        group = steeringGroups.update(group.id(), renamed);
        assertThat(events.stream(SteeringGroupMembersChanged.class)).isEmpty();

        SteeringGroupForm fewer = SteeringGroupForm.of(group);
        fewer.setMembers(new ArrayList<>(group.members().subList(0, 1)));
        steeringGroups.update(group.id(), fewer);
        assertThat(events.stream(SteeringGroupMembersChanged.class)).containsExactly(new SteeringGroupMembersChanged(group.id()));
    }

    @Test
    @WithMockUser(username = "ohjausryhma", roles = "STEERING_GROUP")
    void steeringGroupMembersMayReadButNotChangeGroups() {
        assertThat(steeringGroups.search("", false, Pageable.ofSize(5))).isNotNull();
        assertThatThrownBy(() -> steeringGroups.create(new SteeringGroupForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steeringGroups.update(1, new SteeringGroupForm())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "hakija", roles = "APPLICANT")
    void applicantsCannotReadGroups() {
        assertThatThrownBy(() -> steeringGroups.find(1)).isInstanceOf(AccessDeniedException.class);
    }
}
