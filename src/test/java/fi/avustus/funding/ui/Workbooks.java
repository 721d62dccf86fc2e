package fi.avustus.funding.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Exported files read back as a spreadsheet program reads them. */
final class Workbooks {

    /** A workbook's first sheet: its name and its rows of cells (text, number, date, or null when empty). */
    record Read(String sheetName, List<List<Object>> rows) {
    }

    private Workbooks() {
    }

    static Read xlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            // As wide as the header: a row's empty cells at its end are not stored.
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int column = 0; column < width; column++) {
                    cells.add(value(row.getCell(column)));
                }
                rows.add(cells);
            }
            return new Read(sheet.getSheetName(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV's lines without the byte order mark, each split into its cells, quotes undone. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte order mark");
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(List.copyOf(line));
                line.clear();
                i++;
            } else {
                cell.append(c);
            }
        }
        return lines;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }
}
