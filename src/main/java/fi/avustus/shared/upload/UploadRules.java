package fi.avustus.shared.upload;

import fi.avustus.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Which files may be attached to a case: PDF, DOCX, XLSX and ODT, recognised by their content.
 * Tika names the type from the bytes and the name; because tika-core trusts the name for any ZIP,
 * the ZIP formats are also opened to find the part that makes them what they claim to be. Each
 * module keeps its own files and sets its own total per case; the rules for one file are these.
 */
public final class UploadRules {

    public static final long FILE_MAX_BYTES = 10L * 1024 * 1024;
    public static final long MEGABYTE = 1024L * 1024;
    public static final int NAME_MAX = 200;
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    /** The extensions a file chooser offers, in the order the texts name the types. */
    public static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".xlsx", ".odt");

    /** The ZIP entry that each ZIP-based format must contain. */
    private static final Map<String, String> REQUIRED_PART = Map.of(DOCX, "word/document.xml", XLSX, "xl/workbook.xml",
            ODT, "mimetype");
    /** The name must end as the content is, so that a download opens in the right program. */
    private static final Map<String, String> EXTENSION = Map.of(PDF, ".pdf", DOCX, ".docx", XLSX, ".xlsx", ODT, ".odt");
    private static final Tika TIKA = new Tika();
    /**
     * What opening a ZIP-based upload may cost: a bomb (kilobytes that unpack to gigabytes) is
     * refused while it is read, by the sizes its entries declare and by what they really unpack
     * to, before more than a bounded amount is ever inflated.
     */
    static final int ZIP_ENTRIES_MAX = 10_000;
    static final long UNPACKED_MAX_BYTES = 10 * FILE_MAX_BYTES;
    /** Office documents compress text about tenfold; a hundredfold past the first megabyte is a bomb. */
    static final long UNPACKED_RATIO_MAX = 100;
    private static final int ODT_MIMETYPE_MAX = 100;

    private UploadRules() {
    }

    /**
     * Reads an upload and checks it as one file: a safe name, within the size limit, of an
     * accepted type by its content. The stream is never read past the limit.
     */
    public static AttachmentFile accept(String originalName, InputStream in) {
        String fileName = sanitiseName(originalName);
        byte[] bytes = readLimited(in);
        return new AttachmentFile(fileName, detect(bytes, fileName), bytes);
    }

    /** Reads at most one byte more than the limit, so that an oversize upload is never held whole in memory. */
    public static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) FILE_MAX_BYTES + 1);
            if (bytes.length > FILE_MAX_BYTES) {
                throw new DomainException("attachment.tooLarge", FILE_MAX_BYTES / MEGABYTE);
            }
            if (bytes.length == 0) {
                throw new DomainException("attachment.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The accepted content type of these bytes, or a refusal naming the allowed types. */
    public static String detect(byte[] content, String fileName) {
        String type = TIKA.detect(content, fileName);
        boolean matches = switch (type) {
            case PDF -> startsWith(content, "%PDF-");
            case DOCX, XLSX, ODT -> hasZipPart(content, REQUIRED_PART.get(type), type);
            default -> false;
        };
        if (!matches || !fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION.get(type))) {
            throw new DomainException("attachment.typeNotAllowed", fileName);
        }
        return type;
    }

    /**
     * A file name safe to store and send back: no folders, no control or direction-changing
     * characters, no leading dot, at most 200 characters.
     */
    public static String sanitiseName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control characters of all Unicode (Cc, not only ASCII's \p{Cntrl}); half a surrogate pair (Cs) is no
        // text in any encoding; line and paragraph separators break a name as a line feed does.
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}<>:\"|?*]", "");
        // Normalised only after the removals: a removed character between two accents kept them in an order
        // that normalising the result would change, and a name sanitised again must stay as it is.
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = name.replaceFirst("^[.\\p{javaWhitespace}]+", "").strip();
        if (name.isBlank()) {
            name = "liite";
        }
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int end = NAME_MAX - extension.length();
            // Never cut an emoji or other character beyond the basic plane in half.
            end -= Character.isHighSurrogate(name.charAt(end - 1)) ? 1 : 0;
            name = name.substring(0, end).strip() + extension;
        }
        return name;
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        return content.length >= expected.length && Arrays.equals(content, 0, expected.length, expected, 0, expected.length);
    }

    /**
     * Whether the ZIP holds the part its type needs. Every entry is read here, counting what it
     * unpacks to, rather than skipped: skipping an entry inflates it all the same, unseen.
     */
    private static boolean hasZipPart(byte[] content, String part, String type) {
        boolean found = false;
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int count = 1; (entry = zip.getNextEntry()) != null; count++) {
                if (count > ZIP_ENTRIES_MAX || entry.getSize() > UNPACKED_MAX_BYTES - unpacked) {
                    throw unpacksTooLarge();
                }
                boolean required = entry.getName().equals(part);
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    unpacked += read;
                    if (unpacked > UNPACKED_MAX_BYTES || unpacked > MEGABYTE + UNPACKED_RATIO_MAX * content.length) {
                        throw unpacksTooLarge();
                    }
                    if (required && head.size() < ODT_MIMETYPE_MAX) {
                        head.write(buffer, 0, Math.min(read, ODT_MIMETYPE_MAX - head.size()));
                    }
                }
                // An ODT's "mimetype" part names the type; the OOXML parts only need to exist.
                found |= required && (!ODT.equals(type) || head.toString(StandardCharsets.US_ASCII).strip().equals(ODT));
            }
            return found;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    private static DomainException unpacksTooLarge() {
        return new DomainException("attachment.unpacksTooLarge", UNPACKED_MAX_BYTES / MEGABYTE);
    }
}
