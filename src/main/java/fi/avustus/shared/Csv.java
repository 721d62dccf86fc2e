package fi.avustus.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV files as spreadsheets in Finland and Sweden open them: semicolons between cells, decimal
 * commas, UTF-8 with a byte order mark, and text that could run as a formula defused.
 */
public final class Csv {

    /** Semicolons: spreadsheets in Finnish and Swedish locales read decimal commas, so commas cannot separate. */
    private static final String SEPARATOR = ";";
    /** Lets spreadsheets recognise UTF-8 (ä, ö, å). */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    /** The rows, the header first, one a line. */
    public static byte[] file(Stream<List<String>> rows) {
        return (BYTE_ORDER_MARK + rows.map(Csv::line).collect(Collectors.joining("\r\n", "", "\r\n")))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Euros with two decimals and a decimal comma, without grouping, so that the file's readers parse it as a number. */
    public static String euros(BigDecimal amount) {
        return amount == null ? "" : Money.normalise(amount).toPlainString().replace('.', ',');
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * Quotes a cell when needed, and defuses text that a spreadsheet would run as a formula
     * (applicants write project names).
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
