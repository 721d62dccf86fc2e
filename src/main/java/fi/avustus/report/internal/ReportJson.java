package fi.avustus.report.internal;

import fi.avustus.report.ReportContent;
import fi.avustus.shared.JsonText;

/** Report content to and from the JSON column. */
public final class ReportJson {

    private ReportJson() {
    }

    public static String write(ReportContent content) {
        return JsonText.write(content);
    }

    public static ReportContent read(String json) {
        return JsonText.read(json, ReportContent.class);
    }
}
