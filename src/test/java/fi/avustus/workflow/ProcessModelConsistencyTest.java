package fi.avustus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustus.IntegrationTest;
import fi.avustus.actionplan.process.DocumentProcesses;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.changerequest.ChangeRequestProcess;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.security.Role;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every process model fits the code: delegates exist as beans, forms exist, form fields are
 * declared process variables, candidate groups are real roles, and history has a time to live.
 */
@IntegrationTest
class ProcessModelConsistencyTest {

    /** The descriptor classes whose {@code Variables} name every process variable. */
    private static final List<Class<?>> DESCRIPTORS = List.of(GrantApplicationProcess.class,
            SteeringGroupApprovalProcess.class, DocumentProcesses.class, ProjectReportingProcess.class,
            ChangeRequestProcess.class);
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

    @Autowired
    ApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void processModelsMatchTheCode() throws IOException {
        Set<String> roles = new HashSet<>();
        Arrays.stream(Role.values()).forEach(role -> roles.add(role.groupId()));
        Set<String> variables = declaredVariables();
        Map<String, Set<String>> forms = forms();
        List<String> problems = new ArrayList<>();
        List<Path> models = list("processes", ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(file + ": no historyTimeToLive on " + process.getId());
                }
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                checkBean(file, task.getId(), task.getCamundaDelegateExpression(), problems);
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                checkBean(file, "task listener", listener.getCamundaDelegateExpression(), problems);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String groups = task.getCamundaCandidateGroups();
                if (groups != null) {
                    Arrays.stream(groups.split(",")).map(String::strip).filter(group -> !roles.contains(group))
                            .forEach(group -> problems.add(file + ": " + task.getId() + " candidate group " + group + " is no role"));
                }
                String formRef = task.getCamundaFormRef();
                if (formRef == null) {
                    problems.add(file + ": " + task.getId() + " has no form");
                } else if (!forms.containsKey(formRef)) {
                    problems.add(file + ": " + task.getId() + " refers to missing form " + formRef);
                } else {
                    forms.get(formRef).stream().filter(key -> !variables.contains(key))
                            .forEach(key -> problems.add("form " + formRef + ": field " + key + " is no declared variable"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void checkBean(Path file, String element, String expression, List<String> problems) {
        if (expression == null) {
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(expression);
        if (!bean.matches() || !context.containsBean(bean.group(1))) {
            problems.add(file + ": " + element + " uses " + expression + ", which is no bean");
        }
    }

    private static Set<String> declaredVariables() {
        Set<String> names = new HashSet<>();
        for (Class<?> descriptor : DESCRIPTORS) {
            for (Class<?> nested : descriptor.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("Variables")) {
                    for (Field field : nested.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                            try {
                                names.add((String) field.get(null));
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    private Map<String, Set<String>> forms() throws IOException {
        Map<String, Set<String>> keysByForm = new HashMap<>();
        for (Path file : list("forms", ".form")) {
            JsonNode form = json.readTree(file.toFile());
            Set<String> keys = new HashSet<>();
            form.path("components").forEach(component -> {
                if (component.hasNonNull("key")) {
                    keys.add(component.get("key").asText());
                }
            });
            keysByForm.put(form.get("id").asText(), keys);
        }
        return keysByForm;
    }

    private static List<Path> list(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
