package fi.avustus.actionplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.actionplan.process.DocumentProcesses.Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The three document processes have the same shape, so their models are generated from one
 * template here rather than kept as three hand-edited copies. The test fails when a committed
 * model differs from what the template makes; run it with {@code -Davustus.writeProcessModels=true}
 * to write the models after changing the template.
 */
class DocumentProcessModelsTest {

    @Test
    void committedModelsAreTheGeneratedOnes() throws IOException {
        for (Key key : Key.values()) {
            Path file = Path.of("processes", key.processKey() + ".bpmn");
            String generated = DocumentProcessModels.model(key);
            if (Boolean.getBoolean("avustus.writeProcessModels")) {
                Files.writeString(file, generated, StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(generated);
        }
    }

    @Test
    void eachModelIsItsOwnProcessAndCallsTheApproval() {
        for (Key key : Key.values()) {
            var model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                    DocumentProcessModels.model(key).getBytes(StandardCharsets.UTF_8)));
            Process process = model.getModelElementById(key.processKey());
            assertThat(process.isExecutable()).isTrue();
            CallActivity approval = model.getModelElementById(DocumentProcesses.Elements.APPROVAL);
            assertThat(approval.getCalledElement()).isEqualTo(fi.avustus.approval.SteeringGroupApprovalProcess.KEY);
        }
    }
}
