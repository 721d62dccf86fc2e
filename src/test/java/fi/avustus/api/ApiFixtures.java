package fi.avustus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;

/** The API tests' cases for tests outside this package, such as the fuzzer's. */
public final class ApiFixtures {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    private ApiFixtures() {
    }

    /** Creates the cases of {@link ApiCases} and answers their ids by the name of the path variable that names them. */
    public static Map<String, Long> caseIds(ApplicationContext context) {
        return ApiCases.create(context).ids();
    }

    /** The path of a template such as /api/v1/projects/{projectId}, each variable replaced by the id of its case. */
    public static String path(String template, Map<String, Long> ids) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            Long id = ids.get(variable.group(1));
            assertThat(id).as("a case for {%s}", variable.group(1)).isNotNull();
            variable.appendReplacement(path, String.valueOf(id));
        }
        return variable.appendTail(path).toString();
    }
}
