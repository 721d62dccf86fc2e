package fi.avustus.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.application.FieldDifference;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    @Test
    void listsChangedAddedAndRemovedFieldsByPath() {
        String before = "{\"projectName\":\"A\",\"budgetLines\":[{\"amount\":\"10.00\"},{\"amount\":\"5.00\"}],\"summary\":\"x\"}";
        String after = "{\"projectName\":\"B\",\"budgetLines\":[{\"amount\":\"10.00\"}],\"objectives\":[\"uusi\"]}";
        assertThat(Snapshot.difference(before, after)).containsExactly(
                new FieldDifference("projectName", "A", "B"),
                new FieldDifference("objectives[1]", null, "uusi"),
                new FieldDifference("budgetLines[2].amount", "5.00", null),
                new FieldDifference("summary", "x", null));
    }

    @Test
    void identicalVersionsHaveNoDifference() {
        String same = "{\"projectName\":\"A\",\"partners\":[{\"organisationId\":1}]}";
        assertThat(Snapshot.difference(same, same)).isEqualTo(List.of());
    }
}
