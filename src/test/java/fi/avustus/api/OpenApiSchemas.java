package fi.avustus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Checks bodies against the schemas of an OpenAPI 3.1 document. The document's object schemas are
 * made closed (no properties beyond those declared), so that an answer with an undocumented
 * field fails as well as one that lacks a required field or has a wrong type.
 */
final class OpenApiSchemas {

    private final ObjectNode components;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    OpenApiSchemas(JsonNode document) {
        components = document.get("components").deepCopy();
        components.get("schemas").forEach(schema -> {
            if (schema.has("properties") && !schema.has("additionalProperties")) {
                ((ObjectNode) schema).put("additionalProperties", false);
            }
        });
    }

    /** What is wrong with the body; empty when it fits the schema. */
    List<String> errors(JsonNode schema, JsonNode body) {
        ObjectNode root = schema.deepCopy();
        root.set("components", components);
        return registry.getSchema(root).validate(body).stream().map(Error::toString).toList();
    }
}
