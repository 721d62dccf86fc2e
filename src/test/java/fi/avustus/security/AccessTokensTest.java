package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.IntegrationTest;
import fi.avustus.audit.AuditEntry;
import fi.avustus.audit.AuditLog;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.ValidationFailedException.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Creating, listing and revoking personal access tokens: who may, what is kept, what is audited. */
@IntegrationTest
class AccessTokensTest {

    @Autowired
    AccessTokens tokens;
    @Autowired
    Users users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private CreatedAccessToken create(String username) {
        actAs(username);
        return tokens.create("Raportointi " + System.nanoTime(), tokens.defaultExpiry());
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() {
        CreatedAccessToken created = create("hakija");
        String secret = created.secret();
        assertThat(secret).matches("avt_[A-Za-z0-9_-]{43}");
        assertThat(created.token().prefix()).hasSize(10).isEqualTo(secret.substring(0, 10));
        assertThat(created.token().status()).isEqualTo(AccessTokenStatus.ACTIVE);
        assertThat(created.toString()).doesNotContain(secret.substring(10));

        Map<String, Object> row = jdbc.queryForMap("select * from avustus.access_token where id = ?", created.token().id());
        assertThat(row.get("secret_hash")).isEqualTo(DigestUtils.sha256Hex(secret));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(secret.substring(10)));
        List<String> audited = jdbc.queryForList("select t::text from avustus.access_token_aud t where id = ?", String.class,
                created.token().id());
        assertThat(audited).isNotEmpty().noneMatch(text -> text.contains(secret.substring(10)));

        assertThat(tokens.mine()).filteredOn(token -> token.id() == created.token().id()).singleElement()
                .satisfies(listed -> assertThat(listed.toString()).doesNotContain(secret.substring(10)));
    }

    @Test
    void tokensExpireOnTheChosenDayAtMostAYearAhead() {
        actAs("hakija");
        LocalDate today = Time.now(clock).toLocalDate();
        assertThat(tokens.defaultExpiry()).isEqualTo(today.plusDays(90));

        CreatedAccessToken longest = tokens.create("Vuoden avain", today.plusYears(1));
        assertThat(longest.token().expiresAt()).isEqualTo(today.plusYears(1).atStartOfDay(Time.HELSINKI).toInstant());

        assertThatThrownBy(() -> tokens.create(" ", today))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactlyInAnyOrder(tuple("name", "validation.required"),
                                tuple("expiresOn", "token.expiresTooSoon")));
        assertThatThrownBy(() -> tokens.create("Liian pitkä", today.plusYears(1).plusDays(1)))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::messageKey).containsExactly("token.expiresTooLate"));
        assertThatThrownBy(() -> tokens.create("Ilman päivää", null))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::messageKey).containsExactly("validation.required"));
    }

    @Test
    void nobodyElseButAnAdministratorRevokesAUsersToken() {
        CreatedAccessToken created = create("hakija");
        long id = created.token().id();

        actAs("applicant");
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(tokens.mine()).extracting(AccessTokenSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> tokens.ofUser(created.token().userId())).isInstanceOf(AccessDeniedException.class);
        actAs("virkailija");
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(AccessDeniedException.class);

        actAs("admin");
        assertThat(tokens.ofUser(created.token().userId())).filteredOn(token -> token.id() == id)
                .extracting(AccessTokenSummary::status).containsExactly(AccessTokenStatus.ACTIVE);
        AccessTokenSummary revoked = tokens.revoke(id);
        assertThat(revoked.status()).isEqualTo(AccessTokenStatus.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();

        actAs("hakija");
        assertThat(tokens.mine()).filteredOn(token -> token.id() == id)
                .extracting(AccessTokenSummary::status).containsExactly(AccessTokenStatus.REVOKED);
    }

    @Test
    void theOwnerRevokesTheirOwnTokenAndTheHistorySaysWhoCreatedAndWhoRevoked() {
        CreatedAccessToken mine = create("hakija");
        tokens.revoke(mine.token().id());
        assertThatThrownBy(() -> tokens.revoke(987_654_321L)).isInstanceOf(DomainException.class);

        CreatedAccessToken other = create("applicant");
        actAs("admin");
        tokens.revoke(other.token().id());

        List<AuditEntry> own = auditLog.history(AccessTokens.auditedType(), mine.token().id());
        assertThat(own).extracting(AuditEntry::kind, AuditEntry::username).containsExactly(
                tuple(AuditEntry.Kind.CHANGED, "hakija"),
                tuple(AuditEntry.Kind.CREATED, "hakija"));
        assertThat(own.get(0).changes()).extracting(AuditEntry.FieldChange::field).containsExactly("revokedAt");
        assertThat(auditLog.history(AccessTokens.auditedType(), other.token().id()))
                .extracting(AuditEntry::kind, AuditEntry::username).containsExactly(
                        tuple(AuditEntry.Kind.CHANGED, "admin"),
                        tuple(AuditEntry.Kind.CREATED, "applicant"));
    }

    @Test
    void theSystemHasNoTokensOfItsOwn() {
        assertThatThrownBy(() -> SystemUser.call(() -> tokens.create("Järjestelmä", tokens.defaultExpiry())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
