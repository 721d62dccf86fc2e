package fi.avustus.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.shared.Spreadsheet;
import java.io.ByteArrayInputStream;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The download links of a table: CSV and XLSX of exactly the rows on the screen. */
final class Exports {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Exports() {
    }

    /**
     * @param id    names the links' ids: {@code export-<id>-csv} and {@code export-<id>-xlsx}
     * @param title the table's title: the workbook's sheet and part of the links' accessible names
     * @param texts translates a message key with its parameters
     */
    static HorizontalLayout of(String id, String title, Spreadsheet table, String fileName,
                               BiFunction<String, Object[], String> texts) {
        return new HorizontalLayout(link(id, "csv", CSV, title, fileName, table::csv, texts),
                link(id, "xlsx", XLSX, title, fileName, () -> table.xlsx(title), texts));
    }

    /** The file is written when asked for, from the rows as they were shown. */
    private static Anchor link(String id, String type, String contentType, String title, String fileName,
                               Supplier<byte[]> file, BiFunction<String, Object[], String> texts) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + "." + type, contentType, bytes.length);
        }), AttachmentType.DOWNLOAD, texts.apply("funding.export." + type, new Object[0]));
        link.setId("export-" + id + "-" + type);
        // The visible text first, so that speech input finds the link by what it says.
        link.getElement().setAttribute("aria-label", texts.apply("funding.export." + type + ".label", new Object[] {title}));
        return link;
    }
}
