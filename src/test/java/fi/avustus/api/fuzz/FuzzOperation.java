package fi.avustus.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An operation of the API as its OpenAPI document describes it, read at test time so that a new
 * endpoint is fuzzed without touching the test.
 */
record FuzzOperation(String id, String method, String template, List<Parameter> parameters) {

    private static final String EXAMPLE_DATE = "2026-06-01";

    /** One documented parameter, with a value it accepts, so that the others can be fuzzed one at a time. */
    record Parameter(String name, String in, String validValue) {

        boolean inPath() {
            return "path".equals(in);
        }
    }

    static List<FuzzOperation> of(JsonNode document, Map<String, Long> ids) {
        List<FuzzOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                List<Parameter> parameters = new ArrayList<>();
                method.getValue().path("parameters").forEach(parameter -> parameters.add(new Parameter(
                        parameter.get("name").asText(), parameter.get("in").asText(), validValue(parameter, ids))));
                operations.add(new FuzzOperation(method.getValue().get("operationId").asText(),
                        method.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters)));
            }
        }
        return operations;
    }

    /** The case the fixtures made for an id, the first of an enumeration, or a value of the declared type. */
    private static String validValue(JsonNode parameter, Map<String, Long> ids) {
        String name = parameter.get("name").asText();
        JsonNode schema = parameter.path("schema");
        JsonNode enumeration = schema.has("items") ? schema.get("items").path("enum") : schema.path("enum");
        if (ids.containsKey(name)) {
            return String.valueOf(ids.get(name));
        }
        if (enumeration.isArray() && !enumeration.isEmpty()) {
            return enumeration.get(0).asText();
        }
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        return "date".equals(schema.path("format").asText()) ? EXAMPLE_DATE : "1";
    }
}
