package fi.avustus.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table to export, with a type per column, written as CSV (in the {@link Csv} dialect) or as an
 * XLSX workbook. In the workbook amounts, dates and percentages are numbers and dates, so that a
 * spreadsheet or an import sums and sorts them; in the CSV they are written as Finnish and Swedish
 * spreadsheets read them. An empty cell is {@code null}.
 */
public final class Spreadsheet {

    /** What a column holds, and so how it is written. */
    public enum Kind {
        /** Any value, written as its text. */
        TEXT,
        /** A {@link BigDecimal} of euros, two decimals. */
        EUROS,
        /** A {@link BigDecimal} count or measure, as precise as it is. */
        NUMBER,
        /** A {@link LocalDate}, ISO (yyyy-MM-dd) so that no reader guesses the day and month order. */
        DATE,
        /** A {@link BigDecimal} percentage (12.5 for 12.5 %), one decimal. */
        PERCENT
    }

    public record Column(String header, Kind kind) {
    }

    /** Sheet names are at most 31 characters and cannot hold these. */
    private static final String SHEET_NAME_FORBIDDEN = "[\\[\\]:*?/\\\\]";
    private static final int SHEET_NAME_MAX = 31;

    private final List<Column> columns;
    private final List<List<Object>> rows;

    public Spreadsheet(List<Column> columns, List<? extends List<?>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = rows.stream().map(row -> {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns");
            }
            return Collections.<Object>unmodifiableList(new ArrayList<>(row));
        }).toList();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public byte[] csv() {
        return Csv.file(Stream.concat(Stream.of(columns.stream().map(Column::header).toList()),
                rows.stream().map(row -> {
                    List<String> cells = new ArrayList<>(row.size());
                    for (int column = 0; column < row.size(); column++) {
                        cells.add(text(columns.get(column).kind(), row.get(column)));
                    }
                    return cells;
                })));
    }

    public byte[] xlsx(String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Avustus", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
            for (int column = 0; column < columns.size(); column++) {
                sheet.value(0, column, columns.get(column).header());
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < columns.size(); column++) {
                    write(sheet, row + 1, column, columns.get(column).kind(), rows.get(row).get(column));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Kind kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case TEXT -> sheet.value(row, column, value.toString());
            case EUROS -> {
                sheet.value(row, column, Money.normalise((BigDecimal) value));
                sheet.style(row, column).format("#,##0.00").set();
            }
            case NUMBER -> sheet.value(row, column, (BigDecimal) value);
            case DATE -> {
                sheet.value(row, column, (LocalDate) value);
                sheet.style(row, column).format("yyyy-mm-dd").set();
            }
            case PERCENT -> {
                // A fraction shown as a percentage: what a spreadsheet's own percentages are.
                sheet.value(row, column, ((BigDecimal) value).movePointLeft(2));
                sheet.style(row, column).format("0.0%").set();
            }
        }
    }

    private static String text(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT, DATE -> value.toString();
            case EUROS -> Csv.euros((BigDecimal) value);
            case NUMBER -> ((BigDecimal) value).toPlainString().replace('.', ',');
            case PERCENT -> ((BigDecimal) value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        };
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll(SHEET_NAME_FORBIDDEN, " ").strip();
        return clean.length() > SHEET_NAME_MAX ? clean.substring(0, SHEET_NAME_MAX).strip() : clean;
    }
}
