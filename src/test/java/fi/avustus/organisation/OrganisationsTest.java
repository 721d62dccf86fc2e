package fi.avustus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.ValidationFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class OrganisationsTest {

    @Autowired
    Organisations organisations;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("hakija")
    void applicantSeesOnlyOwnOrganisations() {
        long gradia = idOf("Gradia");
        long lappia = idOf("Lappia");
        assertThat(organisations.find(gradia)).isPresent();
        assertThatThrownBy(() -> organisations.find(lappia)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.search("", false, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("virkailija")
    void onlyAdministratorsChangeOrganisations() {
        assertThatThrownBy(() -> organisations.create(form("Virkailijan Oy", "1234567-1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void duplicateBusinessIdAndAbsurdInputAreRefusedWithReasons() {
        SystemUser.run(() -> {
            OrganisationSummary first = organisations.create(form("Ensimmäinen Oy", "0000000-0"));
            assertThatThrownBy(() -> organisations.create(form("Toinen Oy", "0000000-0")))
                    .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                            .extracting(ValidationFailedException.Violation::messageKey).containsExactly("businessId.taken"));
            OrganisationForm overlong = form("x".repeat(201), "bad");
            overlong.setType(null);
            assertThatThrownBy(() -> organisations.create(overlong))
                    .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                            .extracting(ValidationFailedException.Violation::field)
                            .containsExactlyInAnyOrder("nameFi", "nameSv", "type", "businessId"));

            OrganisationForm stale = OrganisationForm.of(first);
            OrganisationForm fresh = OrganisationForm.of(first);
            fresh.setRegion("Keski-Suomi");
            organisations.update(first.id(), fresh);
            assertThatThrownBy(() -> organisations.update(first.id(), stale)).isInstanceOf(DomainException.class)
                    .extracting(error -> ((DomainException) error).messageKey()).isEqualTo("concurrentModification");
        });
    }

    private long idOf(String name) {
        return SystemUser.call(() -> organisations.search(name, false, Pageable.ofSize(1)).getContent().get(0).id());
    }

    private static OrganisationForm form(String name, String businessId) {
        OrganisationForm form = new OrganisationForm();
        form.setNameFi(name);
        form.setNameSv(name);
        form.setBusinessId(businessId);
        form.setType(OrganisationType.COMPANY);
        return form;
    }
}
