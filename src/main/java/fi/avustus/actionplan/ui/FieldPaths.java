package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path into a document's content ({@code lines[2].indicators[1].target}) in words. */
final class FieldPaths {

    private static final Pattern SEGMENT = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

    private FieldPaths() {
    }

    /** The path in words, one label per segment, e.g. ["Toimintalinja 2", "Mittari 1", "Tavoitearvo"]. */
    static List<String> labels(Component host, String path) {
        List<String> labels = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                labels.add(segment);
                continue;
            }
            String name = matcher.group(1);
            String key = "actionplan.field." + name + (matcher.group(2) == null ? "" : ".item");
            String label = host.getTranslation(key, matcher.group(2) == null ? new Object[0] : new Object[] {matcher.group(2)});
            labels.add(label.startsWith("!") ? segment : label);
        }
        if (labels.size() == 1) {
            labels.add("");
        }
        return labels;
    }

    /** The whole path in words, e.g. "Toimintalinja 2 › Mittari 1 › Tavoitearvo". */
    static String where(Component host, String path) {
        return String.join(" › ", labels(host, path).stream().filter(label -> !label.isEmpty()).toList());
    }
}
