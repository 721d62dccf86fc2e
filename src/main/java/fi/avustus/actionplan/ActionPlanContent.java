package fi.avustus.actionplan;

import java.util.List;

/** An action plan: its numbered action lines, in order. */
public record ActionPlanContent(List<ActionLine> lines) implements DocumentContent {

    public ActionPlanContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static ActionPlanContent empty() {
        return new ActionPlanContent(List.of());
    }

    @Override
    public DocumentType type() {
        return DocumentType.ACTION_PLAN;
    }
}
