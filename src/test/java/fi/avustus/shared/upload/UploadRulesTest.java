package fi.avustus.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadRulesTest {

    @Test
    void eachAcceptedTypeIsRecognisedByContent() {
        assertThat(UploadRules.detect(UploadFixtures.pdf(), "suunnitelma.pdf")).isEqualTo(UploadRules.PDF);
        assertThat(UploadRules.detect(UploadFixtures.docx(), "liite.docx")).isEqualTo(UploadRules.DOCX);
        assertThat(UploadRules.detect(UploadFixtures.xlsx(), "budjetti.xlsx")).isEqualTo(UploadRules.XLSX);
        assertThat(UploadRules.detect(UploadFixtures.odt(), "raportti.odt")).isEqualTo(UploadRules.ODT);
    }

    @Test
    void anAcceptedUploadCarriesItsSafeNameAndProvedType() {
        AttachmentFile file = UploadRules.accept("C:\\temp\\budjetti.xlsx", new ByteArrayInputStream(UploadFixtures.xlsx()));
        assertThat(file.fileName()).isEqualTo("budjetti.xlsx");
        assertThat(file.contentType()).isEqualTo(UploadRules.XLSX);
        assertThat(file.content()).isEqualTo(UploadFixtures.xlsx());
    }

    @Test
    void aFileIsRefusedWhenItsContentIsNotWhatItsNameSays() {
        assertRefused(UploadFixtures.plainZip(), "suunnitelma.pdf");
        assertRefused("just text".getBytes(StandardCharsets.UTF_8), "suunnitelma.pdf");
        assertRefused(UploadFixtures.plainZip(), "liite.docx");
        assertRefused(UploadFixtures.docx(), "budjetti.xlsx");
        assertRefused(UploadFixtures.xlsx(), "raportti.odt");
        assertRefused(UploadFixtures.pdf(), "kuva.png");
        assertRefused(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "data.pdf");
    }

    @Test
    void readingStopsJustPastTheLimit() {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> UploadRules.readLimited(endless))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("attachment.tooLarge"));
        assertThat(endless.read).isEqualTo(UploadRules.FILE_MAX_BYTES + 1);
        assertThatThrownBy(() -> UploadRules.readLimited(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("attachment.empty"));
    }

    @Test
    void fileNamesLoseFoldersControlCharactersAndExcessLength() {
        assertThat(UploadRules.sanitiseName("C:\\Users\\x\\..\\budjetti.xlsx")).isEqualTo("budjetti.xlsx");
        assertThat(UploadRules.sanitiseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadRules.sanitiseName("lii\u0000te\n\u202E.pdf")).isEqualTo("liite.pdf");
        assertThat(UploadRules.sanitiseName("...")).isEqualTo("liite");
        String longName = UploadRules.sanitiseName("a".repeat(300) + ".docx");
        assertThat(longName).hasSize(UploadRules.NAME_MAX).endsWith(".docx");
    }

    private static void assertRefused(byte[] content, String name) {
        assertThatThrownBy(() -> UploadRules.detect(content, name)).as(name)
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attachment.typeNotAllowed"));
    }
}
