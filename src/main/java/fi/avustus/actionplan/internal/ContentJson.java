package fi.avustus.actionplan.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialPlanContent;

/**
 * Document content to and from the JSON stored in drafts and frozen versions. Dates are ISO
 * strings and amounts plain decimals, so that a stored version reads the same to people and to
 * the version comparison.
 */
public final class ContentJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContentJson() {
    }

    public static String write(DocumentContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DocumentContent read(DocumentType type, String json) {
        Class<? extends DocumentContent> contentType = switch (type) {
            case ACTION_PLAN -> ActionPlanContent.class;
            case FINANCIAL_PLAN -> FinancialPlanContent.class;
            case ANNUAL_REPORT -> AnnualReportContent.class;
        };
        try {
            return JSON.readValue(json, contentType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type + " content", e);
        }
    }

    public static DocumentContent empty(DocumentType type) {
        return switch (type) {
            case ACTION_PLAN -> ActionPlanContent.empty();
            case FINANCIAL_PLAN -> FinancialPlanContent.empty();
            case ANNUAL_REPORT -> new AnnualReportContent(null, null, null, null);
        };
    }
}
