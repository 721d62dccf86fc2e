package fi.avustus.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.shared.DomainException;
import fi.avustus.shared.HostileInput;
import fi.avustus.shared.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Uploads made to deceive: a type disguised by its extension, ZIP bombs dressed as office
 * documents, oversized streams and hostile file names. Each is refused, or made safe, before it
 * costs more than a bounded amount of memory and time.
 */
class HostileUploadTest {

    private static final byte[] WINDOWS_EXECUTABLE = concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x90, 0, 3, 0},
            new byte[60], "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] HTML_PAGE = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] SVG_IMAGE = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
            .getBytes(StandardCharsets.UTF_8);
    /** More than UploadRules lets any upload unpack to, from a file of a few hundred kilobytes. */
    private static final long BOMB_BYTES = 300L * 1024 * 1024;
    private static final long GIGABYTE = 1024L * 1024 * 1024;

    @Example
    void anExecutableOrAPageRenamedAsADocumentIsRefused() {
        for (String name : new String[] {"hakemus.pdf", "liite.docx", "budjetti.xlsx", "raportti.odt"}) {
            assertRefused(WINDOWS_EXECUTABLE, name, "attachment.typeNotAllowed");
            assertRefused(HTML_PAGE, name, "attachment.typeNotAllowed");
            assertRefused(SVG_IMAGE, name, "attachment.typeNotAllowed");
        }
    }

    @Example
    void aZipWithoutTheDocumentsRequiredPartIsNoDocument() {
        assertRefused(zip(new Entry("word/other.xml", 100)), "liite.docx", "attachment.typeNotAllowed");
        assertRefused(zip(new Entry("word/document.xml", 100)), "budjetti.xlsx", "attachment.typeNotAllowed");
        assertRefused(zip(new Entry("mimetype", 0)), "raportti.odt", "attachment.typeNotAllowed");
    }

    /** A few hundred kilobytes that would unpack to hundreds of megabytes: refused after a bounded read, well before the end. */
    @Example
    void aZipBombDressedAsADocumentIsRefusedWithoutInflatingIt() {
        byte[] docxBomb = zip(new Entry("word/document.xml", 100), new Entry("word/media/image1.png", BOMB_BYTES));
        byte[] xlsxBomb = zip(new Entry("xl/sharedStrings.xml", BOMB_BYTES), new Entry("xl/workbook.xml", 100));
        assertThat(docxBomb.length).isLessThan(1024 * 1024);
        long started = System.nanoTime();
        assertRefused(docxBomb, "liite.docx", "attachment.unpacksTooLarge");
        assertRefused(xlsxBomb, "budjetti.xlsx", "attachment.unpacksTooLarge");
        // Inflating the gigabytes would take many seconds; the bounded read takes a fraction of one.
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(3_000);
    }

    /** Entries whose local headers declare gigabytes are refused on the declaration alone. */
    @Example
    void anEntryDeclaringAHugeSizeIsRefusedBeforeItIsRead() {
        byte[] declared = zipDeclaring("word/document.xml", 5 * GIGABYTE);
        assertRefused(declared, "liite.docx", "attachment.unpacksTooLarge");
    }

    @Example
    void aZipOfCountlessTinyEntriesIsRefused() {
        Entry[] entries = new Entry[UploadRules.ZIP_ENTRIES_MAX + 1];
        Arrays.setAll(entries, i -> new Entry(i == 0 ? "word/document.xml" : "word/e" + i, 0));
        assertRefused(zip(entries), "liite.docx", "attachment.unpacksTooLarge");
    }

    @Example
    void aRealDocumentWithBulkyButOrdinaryContentIsStillAccepted() {
        byte[] document = zip(new Entry("[Content_Types].xml", 1_000), new Entry("word/document.xml", 5L * 1024 * 1024, true));
        assertThat(UploadRules.detect(document, "liite.docx")).isEqualTo(UploadRules.DOCX);
    }

    /** An endless upload is read one byte past the limit, then refused: never held whole. */
    @Example
    void anOversizedUploadIsRefusedAfterReadingJustPastTheLimit() {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> UploadRules.accept("iso.pdf", endless)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("attachment.tooLarge"));
        assertThat(endless.read).isEqualTo(UploadRules.FILE_MAX_BYTES + 1);
    }

    @Property(tries = 1_000)
    void anyFileNameIsMadeSafe(@ForAll("names") String original) {
        String name = UploadRules.sanitiseName(original);
        assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(UploadRules.NAME_MAX).doesNotStartWith(".")
                .doesNotContain("/", "\\", "<", ">", ":", "\"", "|", "?", "*");
        assertThat(name.codePoints()).noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
        assertThat(Validator.storable(name)).as("no half of a surrogate pair in %s", name).isTrue();
        assertThat(UploadRules.sanitiseName(name)).as("sanitising twice changes nothing").isEqualTo(name);
    }

    @Example
    void traversalDirectionOverridesAndOverlongNamesAreDefused() {
        assertThat(UploadRules.sanitiseName("../../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(UploadRules.sanitiseName("..\\..\\boot.ini.pdf")).isEqualTo("boot.ini.pdf");
        assertThat(UploadRules.sanitiseName("lasku\u202Efdp.exe")).isEqualTo("laskufdp.exe");
        assertThat(UploadRules.sanitiseName("a\u2028b\u0000c.pdf")).isEqualTo("abc.pdf");
        assertThat(UploadRules.sanitiseName(" . .hidden.pdf")).isEqualTo("hidden.pdf");
        String emoji = UploadRules.sanitiseName("a" + "😀".repeat(150) + ".docx");
        assertThat(emoji).hasSizeLessThanOrEqualTo(UploadRules.NAME_MAX).endsWith(".docx");
        assertThat(Validator.storable(emoji)).as("an emoji is never cut in half").isTrue();
    }

    @Example
    void whatRemovingOrCuttingLeavesBehindIsCleanedToo() {
        assertThat(UploadRules.sanitiseName("\u0300\u0000\u0316.pdf")).as("accents in normal order once the NUL is gone")
                .isEqualTo("\u0316\u0300.pdf");
        assertThat(UploadRules.sanitiseName("e\u200B\u0301.pdf")).isEqualTo("\u00E9.pdf");
        assertThat(UploadRules.sanitiseName(".\u2003\u3000.hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(UploadRules.sanitiseName("a".repeat(199) + " b")).as("no space left at the cut").isEqualTo("a".repeat(199));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> extension = Arbitraries.of(".pdf", ".docx", ".xlsx", ".odt", ".exe", "", ".pdf.exe", ".PDF");
        return Arbitraries.oneOf(HostileInput.text().map(text -> text.length() > 5_000 ? text.substring(0, 5_000) : text),
                net.jqwik.api.Combinators.combine(Arbitraries.of(HostileInput.PATHS), HostileInput.shortText(), extension)
                        .as((path, name, ending) -> path + "/" + name + ending),
                Arbitraries.strings().all().ofMinLength(190).ofMaxLength(400), trickyNames(), Arbitraries.just(null));
    }

    /** Names of what the sanitiser removes, normalises, strips or cuts, around the length limit. */
    private static Arbitrary<String> trickyNames() {
        return HostileInput.tricky(220).edgeCases(edges -> edges.add("a".repeat(199) + " b"));
    }

    private static void assertRefused(byte[] content, String name, String key) {
        assertThatThrownBy(() -> UploadRules.accept(name, new ByteArrayInputStream(content))).as(name)
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    /**
     * An entry of this many bytes, written as it is deflated, so that a bomb never sits in memory
     * here either: zeros, which compress a thousandfold, or words, which compress as text does.
     */
    private record Entry(String name, long size, boolean words) {

        Entry(String name, long size) {
            this(name, size, false);
        }

        byte[] block(int length) {
            byte[] block = new byte[length];
            if (words) {
                java.util.Random random = new java.util.Random(length);
                for (int i = 0; i < length; i++) {
                    block[i] = (byte) (random.nextInt(6) == 0 ? ' ' : 'a' + random.nextInt(26));
                }
            }
            return block;
        }
    }

    private static byte[] zip(Entry... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                byte[] block = entry.block((int) Math.min(entry.size(), 1024 * 1024));
                for (long left = entry.size(); left > 0; left -= block.length) {
                    zip.write(block, 0, (int) Math.min(block.length, left));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One small deflated entry whose local header declares this uncompressed size (CRC and sizes known up front). */
    private static byte[] zipDeclaring(String name, long declaredSize) {
        byte[] content = "<w:document/>".getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        byte[] compressed = new byte[256];
        int compressedSize = deflater.deflate(compressed);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = bytes) {
            out.write(localHeader(name, crc.getValue(), compressedSize, declaredSize));
            out.write(compressed, 0, compressedSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP local file header with ZIP64 sizes, as a tool writing a large entry would. */
    private static byte[] localHeader(String name, long crc, long compressedSize, long size) {
        byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(30 + fileName.length + 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x04034b50).putShort((short) 45).putShort((short) 0).putShort((short) Deflater.DEFLATED)
                .putShort((short) 0).putShort((short) 0).putInt((int) crc).putInt(0xFFFFFFFF).putInt(0xFFFFFFFF)
                .putShort((short) fileName.length).putShort((short) 20).put(fileName)
                .putShort((short) 0x0001).putShort((short) 16).putLong(size).putLong(compressedSize);
        return header.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

}
