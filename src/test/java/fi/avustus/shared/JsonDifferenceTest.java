package fi.avustus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonDifferenceTest {

    @Test
    void nestedListsAreComparedByPositionAndDecimalsShowAsStored() {
        String before = "{\"lines\":[{\"title\":\"A\",\"indicators\":[{\"target\":4}]},{\"title\":\"B\"}],\"note\":\"x\"}";
        String after = "{\"lines\":[{\"title\":\"A\",\"indicators\":[{\"target\":5.50}]}],\"balance\":1000.00}";
        assertThat(JsonDifference.between(before, after)).containsExactly(
                new FieldChange("lines[1].indicators[1].target", "4", "5.50"),
                new FieldChange("balance", null, "1000.00"),
                new FieldChange("lines[2].title", "B", null),
                new FieldChange("note", "x", null));
    }

    @Test
    void equalDocumentsHaveNoDifference() {
        String same = "{\"a\":[1,2],\"b\":{\"c\":null}}";
        assertThat(JsonDifference.between(same, same)).isEmpty();
    }
}
