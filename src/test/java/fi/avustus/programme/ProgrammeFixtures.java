package fi.avustus.programme;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Complete programmes and calls around "now", unique per test run, for the integration and UI tests. */
public final class ProgrammeFixtures {

    private ProgrammeFixtures() {
    }

    /** Acts as a demo user (with their real roles) until the security context is cleared. */
    public static void actAs(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A programme running from a month ago to a year ahead. */
    public static ProgrammeForm programme(long funderId, Clock clock, String budget) {
        ProgrammeForm form = new ProgrammeForm();
        form.setFunderId(funderId);
        form.setNameFi(unique("Testiohjelma"));
        form.setNameSv(unique("Testprogram"));
        form.setNameEn(unique("Test programme"));
        form.setTotalBudget(Money.euros(budget));
        form.setPeriodStart(Time.now(clock).toLocalDate().minusDays(30));
        form.setPeriodEnd(Time.now(clock).toLocalDate().plusDays(365));
        form.setThemes(List.of("vertaisoppiminen", "HOKS"));
        return form;
    }

    /** A call that can be published: opened an hour ago, closes in twelve days. */
    public static CallForm completeCall(long programmeId, Clock clock, String budget) {
        LocalDateTime now = Time.now(clock).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        CallForm form = draftCall(programmeId);
        form.setTitleSv(unique("Ansökan"));
        form.setTitleEn(unique("Call"));
        form.setOpenFrom(now.minusHours(1));
        form.setOpenUntil(now.plusDays(12).plusHours(1));
        form.setBudget(Money.euros(budget));
        form.setMaxGrant(Money.normalise(Money.euros(budget).divide(BigDecimal.TEN)));
        form.setMinSelfFinancingPercent(new BigDecimal("25"));
        form.setEligibleTypes(Set.of(OrganisationType.MUNICIPALITY, OrganisationType.JOINT_MUNICIPAL_AUTHORITY));
        form.setCriteria(List.of(new AssessmentCriterion("Vaikuttavuus", "Effekt", "Impact", 70),
                new AssessmentCriterion("Kustannukset", "Kostnader", "Costs", 30)));
        return form;
    }

    /** A draft with only what every save needs. */
    public static CallForm draftCall(long programmeId) {
        CallForm form = new CallForm();
        form.setProgrammeId(programmeId);
        form.setTitleFi(unique("Testihaku"));
        return form;
    }
}
