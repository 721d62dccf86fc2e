package fi.avustus.api;

import java.util.Map;
import org.springframework.context.ApplicationContext;

/** The API tests' cases for tests outside this package, such as the fuzzer's. */
public final class ApiFixtures {

    private ApiFixtures() {
    }

    /** Creates the cases of {@link ApiCases} and answers their ids by the name of the path variable that names them. */
    public static Map<String, Long> caseIds(ApplicationContext context) {
        return ApiCases.create(context).ids();
    }
}
