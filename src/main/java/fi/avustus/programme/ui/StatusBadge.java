package fi.avustus.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fi.avustus.programme.CallStatus;

/**
 * A call's status as a Lumo badge. The colours are set inline from Lumo's own badge variables,
 * because the badge style sheet is not part of the prebuilt bundle and no frontend build runs.
 */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Component host, CallStatus status, boolean archived) {
        String text = archived ? host.getTranslation("call.status.archived") : host.getTranslation("call.status." + status);
        Span badge = new Span(text);
        String tone = archived ? "contrast" : status == CallStatus.PUBLISHED ? "success" : "primary";
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(tone);
        badge.getStyle().set("display", "inline-block")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("color", archived ? "var(--lumo-contrast-80pct)" : "var(--lumo-" + tone + "-text-color)")
                .set("background-color", archived ? "var(--lumo-contrast-10pct)" : "var(--lumo-" + tone + "-color-10pct)");
        badge.addClassName("status-badge");
        return badge;
    }
}
