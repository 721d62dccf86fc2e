package fi.avustus.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The field-by-field difference of two JSON documents, for comparing frozen versions of anything
 * stored as a JSON snapshot. Objects nest with dots and lists with 1-based positions, so a path
 * reads like the form it came from: {@code budgetLines[2].amount}.
 */
public final class JsonDifference {

    /** Decimals are read exactly, so that an amount shows as it was stored ("1000.00", not "1000.0"). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private JsonDifference() {
    }

    /** Fields whose values differ, in the order of the later version's fields, then the removed ones by path. */
    public static List<FieldChange> between(String before, String after) {
        Map<String, String> old = flatten(before);
        Map<String, String> current = flatten(after);
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : current.entrySet()) {
            if (!Objects.equals(old.get(field.getKey()), field.getValue())) {
                changes.add(new FieldChange(field.getKey(), old.get(field.getKey()), field.getValue()));
            }
        }
        for (String removed : new TreeSet<>(old.keySet())) {
            if (!current.containsKey(removed)) {
                changes.add(new FieldChange(removed, old.get(removed), null));
            }
        }
        return changes;
    }

    /** Every leaf value of the document by its path; nulls count as absent. */
    public static Map<String, String> flatten(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            flatten("", JSON.readTree(json), fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot", e);
        }
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(child -> flatten(path.isEmpty() ? child.getKey() : path + "." + child.getKey(),
                    child.getValue(), fields));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", node.get(i), fields);
            }
        } else if (!node.isNull()) {
            fields.put(path, node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        }
    }
}
