package fi.avustus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every BPMN file in processes/ and every form in forms/ is deployed to the engine at start-up. */
@IntegrationTest
class ProcessResourcesDeployedTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyProcessAndFormFileIsDeployed() throws IOException {
        Set<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repositoryService.getDeploymentResources(deployment.getId()).stream())
                .map(Resource::getName)
                .map(name -> Path.of(name).getFileName().toString())
                .collect(Collectors.toSet());
        List<String> files = Stream.concat(list("processes", ".bpmn"), list("forms", ".form")).toList();
        assertThat(deployed).containsAll(files);
    }

    private static Stream<String> list(String folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(suffix)).toList().stream();
        }
    }
}
