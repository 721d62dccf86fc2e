package fi.avustus.deadline.ui;

import com.vaadin.flow.component.html.Span;
import fi.avustus.deadline.DeadlineStatus;
import java.util.Locale;

/**
 * A deadline's status as a badge. The colours are set inline, because the Lumo badge style sheet
 * is not part of the prebuilt bundle; each pair keeps at least the WCAG AA contrast of 4.5:1 for
 * small text, which a test checks. The word is always there too: colour is never the only cue.
 */
final class StatusBadge {

    /** Text and background colour of a status. */
    enum Tone {
        OPEN("#0b4a8b", "#e6f0fb"),
        OVERDUE("#8a1c1c", "#fde8e8"),
        DONE("#1d5e35", "#e3f4e8");

        final String text;
        final String background;

        Tone(String text, String background) {
            this.text = text;
            this.background = background;
        }
    }

    private StatusBadge() {
    }

    static Span of(DeadlineStatus status, String label) {
        Tone tone = Tone.valueOf(status.name());
        Span badge = new Span(label);
        badge.addClassNames("status-badge", "deadline-" + status.name().toLowerCase(Locale.ROOT));
        badge.getStyle().set("display", "inline-block")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("color", tone.text)
                .set("background-color", tone.background);
        return badge;
    }
}
