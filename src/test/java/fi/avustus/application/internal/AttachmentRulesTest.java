package fi.avustus.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.application.ApplicationFixtures;
import fi.avustus.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void realPdfAndDocxAreRecognisedByContent() {
        assertThat(AttachmentRules.detect(ApplicationFixtures.pdf(), "suunnitelma.pdf")).isEqualTo(AttachmentRules.PDF);
        assertThat(AttachmentRules.detect(ApplicationFixtures.docx(), "liite.docx")).isEqualTo(AttachmentRules.DOCX);
    }

    @Test
    void aFileIsRefusedWhenItsContentIsNotWhatItsNameSays() {
        assertRefused(ApplicationFixtures.plainZip(), "suunnitelma.pdf");
        assertRefused("just text".getBytes(StandardCharsets.UTF_8), "suunnitelma.pdf");
        assertRefused(ApplicationFixtures.plainZip(), "liite.docx");
        assertRefused(ApplicationFixtures.pdf(), "kuva.png");
        assertRefused(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "data.pdf");
    }

    @Test
    void readingStopsJustPastTheLimit() {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> AttachmentRules.readLimited(endless))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("attachment.tooLarge"));
        assertThat(endless.read).isEqualTo(AttachmentRules.FILE_MAX_BYTES + 1);
        assertThatThrownBy(() -> AttachmentRules.readLimited(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("attachment.empty"));
    }

    @Test
    void fileNamesLoseFoldersControlCharactersAndExcessLength() {
        assertThat(AttachmentRules.sanitiseName("C:\\Users\\x\\..\\budjetti.xlsx")).isEqualTo("budjetti.xlsx");
        assertThat(AttachmentRules.sanitiseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentRules.sanitiseName("lii\u0000te\n\u202E.pdf")).isEqualTo("liite.pdf");
        assertThat(AttachmentRules.sanitiseName("...")).isEqualTo("liite");
        String longName = AttachmentRules.sanitiseName("a".repeat(300) + ".docx");
        assertThat(longName).hasSize(AttachmentRules.NAME_MAX).endsWith(".docx");
    }

    private static void assertRefused(byte[] content, String name) {
        assertThatThrownBy(() -> AttachmentRules.detect(content, name)).as(name)
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attachment.typeNotAllowed"));
    }

    /** An endless stream of zeros that counts what was read from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
