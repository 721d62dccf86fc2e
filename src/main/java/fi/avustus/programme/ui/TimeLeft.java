package fi.avustus.programme.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;

/** How long a call stays open, in the largest whole unit: "12 päivää", "5 tuntia", "40 minuuttia". */
final class TimeLeft {

    private TimeLeft() {
    }

    static String text(Component host, Duration left) {
        if (left.toDays() >= 1) {
            return host.getTranslation("openCalls.days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return host.getTranslation("openCalls.hours", left.toHours());
        }
        // Under a minute still reads as one minute: the call is not closed yet.
        return host.getTranslation("openCalls.minutes", Math.max(1, left.toMinutes()));
    }
}
