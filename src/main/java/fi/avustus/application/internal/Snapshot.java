package fi.avustus.application.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustus.application.Activity;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.FieldDifference;
import fi.avustus.application.Partner;
import fi.avustus.shared.JsonDifference;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frozen content of a submitted version as JSON, and the field-by-field difference of two.
 * Field names are written out here rather than derived from classes, so that renaming Java code
 * never changes what old versions say.
 */
public final class Snapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Snapshot() {
    }

    public static String of(Application application, List<Attachment> attachments) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("projectName", application.getProjectName());
        content.put("summary", application.getSummary());
        content.put("contactName", application.getContactName());
        content.put("contactEmail", application.getContactEmail());
        content.put("contactPhone", application.getContactPhone());
        content.put("selfFinancing", plain(application.getSelfFinancing()));
        content.put("partners", application.getPartners().stream().map(Snapshot::partner).toList());
        content.put("objectives", List.copyOf(application.getObjectives()));
        content.put("activities", application.getActivities().stream().map(Snapshot::activity).toList());
        content.put("budgetLines", application.getBudgetLines().stream().map(Snapshot::budgetLine).toList());
        content.put("attachments", attachments.stream().map(Snapshot::attachment).toList());
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields whose values differ, in the order of the later version's fields (then removed ones). */
    public static List<FieldDifference> difference(String before, String after) {
        return JsonDifference.between(before, after).stream()
                .map(change -> new FieldDifference(change.path(), change.before(), change.after())).toList();
    }

    private static Map<String, Object> partner(Partner partner) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("organisationId", partner.organisationId());
        row.put("budgetShare", plain(partner.budgetShare()));
        return row;
    }

    private static Map<String, Object> activity(Activity activity) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", activity.title());
        row.put("description", activity.description());
        row.put("startMonth", activity.startMonth() == null ? null : activity.startMonth().toString().substring(0, 7));
        row.put("endMonth", activity.endMonth() == null ? null : activity.endMonth().toString().substring(0, 7));
        return row;
    }

    private static Map<String, Object> budgetLine(BudgetLine line) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("category", line.category() == null ? null : line.category().name());
        row.put("year", line.year());
        row.put("description", line.description());
        row.put("amount", plain(line.amount()));
        return row;
    }

    private static Map<String, Object> attachment(Attachment attachment) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fileName", attachment.getFileName());
        row.put("contentType", attachment.getContentType());
        row.put("size", attachment.getSize());
        return row;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
