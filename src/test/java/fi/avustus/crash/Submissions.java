package fi.avustus.crash;

import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.scale.GrantLifecycle;
import fi.avustus.scale.ScaleDataGenerator;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Applications drafted and submitted by the applicants the {@link ScaleDataGenerator} made, to its
 * open calls, as the application form would: submission number {@code n} is the same for the same
 * seed, whichever thread makes it.
 */
final class Submissions {

    /** How {@link ScaleDataGenerator} names its programmes, whose calls are open for the load. */
    private static final String PROGRAMME_PREFIX = "Kehittämisohjelma ";

    private final GrantLifecycle lifecycle;
    private final List<CallSummary> calls;
    private final List<UserSummary> applicants;
    private final long seed;

    private Submissions(GrantLifecycle lifecycle, List<CallSummary> calls, List<UserSummary> applicants, long seed) {
        this.lifecycle = lifecycle;
        this.calls = calls;
        this.applicants = applicants;
        this.seed = seed;
    }

    /** The generator's open calls and applicants, once it has run. */
    static Submissions to(ApplicationContext context, long seed) {
        Instant now = context.getBean(Clock.class).instant();
        List<CallSummary> calls = SystemUser.call(() -> context.getBean(Calls.class).search("", false, PageRequest.of(0, 100))
                .getContent().stream()
                .filter(call -> call.programmeName().fi().startsWith(PROGRAMME_PREFIX))
                .filter(call -> call.isOpen(now)).toList());
        List<UserSummary> applicants = SystemUser.call(() -> context.getBean(Users.class).withRole(Role.APPLICANT))
                .stream().filter(user -> user.username().startsWith("hakija-s")).toList();
        return new Submissions(new GrantLifecycle(context), calls, applicants, seed);
    }

    /** Drafts and submits application {@code number}; returns its id once the submission has committed. */
    long submit(int number) {
        Random random = new Random(seed * 31 + number);
        UserSummary applicant = applicants.get(number % applicants.size());
        List<Long> organisations = applicant.organisationIds().stream().sorted().toList();
        long id = lifecycle.draft(applicant.username(), calls.get(number % calls.size()),
                organisations.get(random.nextInt(organisations.size())), number, random);
        lifecycle.submit(applicant.username(), id);
        return id;
    }

    /** One of the applicants, e.g. to call the API as. */
    String applicant(int number) {
        return applicants.get(number % applicants.size()).username();
    }

    @Override
    public String toString() {
        return calls.size() + " calls by " + applicants.size() + " applicants";
    }
}
