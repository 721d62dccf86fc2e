package fi.avustus;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.shared.DomainException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Many callers doing the same thing at the same moment, as people clicking at once do: each
 * caller runs in its own thread, logged in as its own user, and waits at a gate until every
 * caller is ready; then all are let go together. How each ended is tallied: done, refused with a
 * domain message, or failed in any other way (which a product must never do).
 */
public final class Concurrently {

    private static final Logger log = LoggerFactory.getLogger(Concurrently.class);
    private static final long TIME_LIMIT_SECONDS = 120;

    private final UserDetailsService users;
    private final IntFunction<String> userOfCaller;

    private Concurrently(UserDetailsService users, IntFunction<String> userOfCaller) {
        this.users = users;
        this.userOfCaller = userOfCaller;
    }

    /** Callers logged in as the user each caller's number gives. */
    public static Concurrently as(UserDetailsService users, IntFunction<String> userOfCaller) {
        return new Concurrently(users, userOfCaller);
    }

    /** Every caller logged in as the same user, like one person clicking in many tabs at once. */
    public static Concurrently as(UserDetailsService users, String username) {
        return as(users, caller -> username);
    }

    /** What one caller does once the gate opens, given its number (0 to callers - 1). */
    public interface Call {
        void run(int caller) throws Exception;
    }

    /**
     * Runs the call in that many threads at once, waits for all of them, and logs the tally
     * under the scenario's name (the figures docs/RELIABILITY.md quotes).
     */
    public Tally run(String scenario, int callers, Call call) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                int number = caller;
                futures.add(threads.submit(() -> {
                    actAs(users, userOfCaller.apply(number));
                    ready.countDown();
                    gate.await();
                    try {
                        call.run(number);
                        return Outcome.DONE;
                    } catch (DomainException refused) {
                        return new Outcome(refused.messageKey(), null);
                    } catch (Exception failed) {
                        return new Outcome(null, failed);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            if (!ready.await(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every caller got ready");
            }
            long started = System.nanoTime();
            gate.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                try {
                    outcomes.add(future.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS));
                } catch (Exception failed) {
                    outcomes.add(new Outcome(null, failed));
                }
            }
            Tally tally = Tally.of(outcomes, Duration.ofNanos(System.nanoTime() - started));
            log.info("{}: {}", scenario, tally);
            return tally;
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** One caller's end: done (both null), refused with a message key, or failed otherwise. */
    private record Outcome(String refusal, Exception failure) {
        static final Outcome DONE = new Outcome(null, null);
    }

    /**
     * How the callers ended.
     *
     * @param refusals how many callers were refused with each message key
     * @param failures what went wrong for callers that neither succeeded nor got a domain message
     * @param took from the gate opening to the last caller's end
     */
    public record Tally(int callers, int succeeded, Map<String, Integer> refusals, List<Exception> failures,
                       Duration took) {

        static Tally of(List<Outcome> outcomes, Duration took) {
            Map<String, Integer> refusals = new TreeMap<>();
            List<Exception> failures = new ArrayList<>();
            int succeeded = 0;
            for (Outcome outcome : outcomes) {
                if (outcome.refusal() != null) {
                    refusals.merge(outcome.refusal(), 1, Integer::sum);
                } else if (outcome.failure() != null) {
                    failures.add(outcome.failure());
                } else {
                    succeeded++;
                }
            }
            return new Tally(outcomes.size(), succeeded, Map.copyOf(refusals), List.copyOf(failures), took);
        }

        public int refused() {
            return refusals.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            return callers + " callers in " + took.toMillis() + " ms: " + succeeded + " succeeded, refused "
                    + new TreeMap<>(refusals) + ", failed " + failures.size()
                    + failures.stream().findFirst().map(first -> " (first: " + first + ")").orElse("");
        }
    }
}
