package fi.avustus;

import org.springframework.test.context.TestContextManager;

/**
 * Gives a jqwik property class the shared application context of {@link IntegrationTest}: jqwik
 * runs its properties outside JUnit Jupiter, so Spring's extension never sees them. The class
 * keeps its {@code @IntegrationTest} annotation, so the context is the cached one every other
 * integration test uses, not a second application.
 */
public final class IntegrationContext {

    private IntegrationContext() {
    }

    /** Fills the test's {@code @Autowired} and {@code @LocalServerPort} fields. */
    public static void inject(Object test) {
        try {
            new TestContextManager(test.getClass()).prepareTestInstance(test);
        } catch (Exception e) {
            throw new IllegalStateException("No application context for " + test.getClass().getSimpleName(), e);
        }
    }
}
