package fi.avustus.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.shared.Spreadsheet.Column;
import fi.avustus.shared.Spreadsheet.Kind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Each kind of column is written as spreadsheets read it: typed cells in XLSX, the Finnish dialect in CSV. */
class SpreadsheetTest {

    private final Spreadsheet table = new Spreadsheet(List.of(new Column("Nimi", Kind.TEXT), new Column("Summa", Kind.EUROS),
            new Column("Määrä", Kind.NUMBER), new Column("Päivä", Kind.DATE), new Column("Osuus", Kind.PERCENT)),
            List.of(List.of("=SUM(A1)", new BigDecimal("1234.5"), new BigDecimal("2.25"), LocalDate.of(2027, 3, 1),
                            new BigDecimal("12.34")),
                    Arrays.asList("Tyhjä", null, null, null, null)));

    @Test
    void csvUsesDecimalCommasIsoDatesOneDecimalPercentagesAndDefusesFormulas() {
        assertThat(new String(table.csv(), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFNimi;Summa;Määrä;Päivä;Osuus\r\n'=SUM(A1);1234,50;2,25;2027-03-01;12,3\r\nTyhjä;;;;\r\n");
    }

    @Test
    void theWorkbookHoldsNumbersDatesAndFractionsUnderABoldHeader() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx("Taulukko: 1/2 [luonnos]")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Taulukko  1 2  luonnos");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2.25);
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.1234);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
        }
    }

    @Test
    void aLongSheetNameIsCutToWhatSpreadsheetsAllow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                table.xlsx("Avustusten käyttö – kaikki ohjelmat ja verkostot")))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Avustusten käyttö – kaikki ohje");
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new Spreadsheet(List.of(new Column("Nimi", Kind.TEXT)), List.of(List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
