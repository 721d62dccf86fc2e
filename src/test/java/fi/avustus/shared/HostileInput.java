package fi.avustus.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * The classic payloads that hostile or careless input is made of, by class, and jqwik arbitraries
 * that mix them with generated values: for fuzzing the API's parameters, the forms' fields and the
 * upload names. Every class of payload named in docs/RELIABILITY.md ("Hostile and bad input") is here.
 */
public final class HostileInput {

    public static final String LONG_10K = "a".repeat(10_000);
    public static final String LONG_1M = "x".repeat(1_000_000);

    /** Right-to-left text and the override that hides a file's real extension. */
    public static final List<String> BIDI = List.of("\u202Egnp.exe", "שלום עולם", "مرحبا بالعالم", "abc\u202Bdef\u202C",
            "\u2067isolate\u2069");
    public static final List<String> INVISIBLE = List.of("\u200B", "a\u200Cb\u200Dc", "\uFEFFbom", "\u00AD", "\u2060\u2061");
    public static final List<String> COMBINING = List.of("e\u0301\u0301\u0301\u0301", "Z\u0364\u0311\u0313a\u0308\u0356l\u036Eg\u030C",
            "\u0915\u094D\u0937", "Å", "A\u030A");
    public static final List<String> EMOJI = List.of("😀", "👩‍👩‍👧‍👦", "🇫🇮🇸🇪", "🏳️‍🌈", "a😀b");
    /** Half of a surrogate pair alone: not text in any encoding, yet a Java string can hold it. */
    public static final List<String> LONE_SURROGATES = List.of("\uD800", "x\uDC00y", "\uDBFF", "\uDFFF\uD800");
    public static final List<String> CONTROL = List.of("a\u0000b", "\u0000", "\u0007\u001B[31mred", "line\r\nX-Injected: 1",
            "tab\there", "\u007F", "\u0085next", "\uFFFE", "\uFFFF");
    public static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE avustus.application; --",
            "\" OR 1=1 --", "1' UNION SELECT username, password_hash FROM avustus.user_account --",
            "1 AND pg_sleep(5)", "'; COPY (SELECT '') TO PROGRAM 'id'; --", "%' OR '%'='", "\\'; --");
    public static final List<String> SCRIPT = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'><svg/onload=alert(1)>", "javascript:alert(1)", "<iframe src=\"javascript:alert(1)\"></iframe>",
            "</title><script>alert(1)</script>", "{{7*7}}", "${7*7}", "#{7*7}", "<!--", "]]><x>", "&lt;script&gt;",
            "<a href=\"//example.invalid\">x</a>");
    public static final List<String> PATHS = List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "C:\\boot.ini",
            "%2e%2e%2f", "%00", "%25", "....//", "file:///etc/passwd", "\\\\server\\share");
    public static final List<String> NUMBERS = List.of("-1", "0", "-0", "1.5", "1e3", "1E309", "-1e-400", "NaN", "Infinity",
            "0x10", "1_000", "１２３", "٣", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999999999999999", "1,5", " 1", "+1");
    public static final List<String> DATES = List.of("2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31",
            "-999999999-01-01", "9999-12-31", "0001-01-01", "1970-01-01T00:00:00Z", "31.12.2026", "2026-W01", "yesterday");
    /** What JSON or a format string means by a value: wrong types where a plain value is expected. */
    public static final List<String> WRONG_TYPES = List.of("null", "true", "[]", "{}", "[1,2]", "{\"$ne\":null}", "%s%s%s%n",
            "{0}{1}", "%n", "undefined");
    public static final List<String> BLANK = List.of("", " ", "\t", "\n", "\u00A0", "\u3000");

    /** Bodies sent where none, or other JSON, is expected. */
    public static final List<String> BODIES = List.of("{\"page\":", "{\"page\": \"x\", \"size\": -1}", "[]", "null", "\"\"",
            "{\"id\": 1e999}", "{\"a\": \"\\ud800\"}", "[".repeat(5_000) + "]".repeat(5_000), "{\"" + LONG_10K + "\": 1}",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "page=-1&size=1000",
            "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a.pdf\"\r\n\r\n%PDF-\r\n--x--", LONG_1M);
    public static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=utf-16",
            "text/html", "application/octet-stream", "*/*", "image/svg+xml");

    private HostileInput() {
    }

    /**
     * The characters that some layer removes, normalises, strips, escapes, cuts or refuses: controls,
     * every kind of space, invisible and direction characters, accents of different combining classes,
     * the two halves of an emoji, noncharacters, markup, path and format characters, and a few plain
     * letters and digits between them.
     */
    private static final char[] TRICKY = ("aZe1-,.:/\\ \t\n\r\u0000\u0007\u0085\u00A0\u2003\u3000\u200B\u202E\u2028\uFEFF"
            + "\u0300\u0301\u0316\u0327\u0345\u00C5\uD83D\uDE00\uFFFE\uFFFF<>&\"'%${}").toCharArray();

    /** Every payload short enough for a URL or a header (a request line of 10 000 characters is refused by the server). */
    public static List<String> shortPayloads() {
        return Stream.of(BIDI, INVISIBLE, COMBINING, EMOJI, LONE_SURROGATES, CONTROL, SQL, SCRIPT, PATHS, NUMBERS, DATES,
                WRONG_TYPES, BLANK).flatMap(List::stream).toList();
    }

    /** Every text payload, the overlong ones included. */
    public static List<String> texts() {
        return Stream.concat(shortPayloads().stream(), Stream.of(LONG_10K, LONG_1M)).toList();
    }

    /** Mostly the corpus, sometimes any generated string (surrogates and noncharacters included) or a corpus mix. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(texts())),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
                Tuple.of(2, tricky(60)),
                Tuple.of(2, Arbitraries.of(shortPayloads()).list().ofMinSize(2).ofMaxSize(4)
                        .map(parts -> String.join("", parts))));
    }

    /**
     * Strings made only of the characters that some layer treats specially, next to each other, where
     * one step can leave work for the next: rare in strings of any characters, common here.
     */
    public static Arbitrary<String> tricky(int maxLength) {
        return Arbitraries.strings().withChars(TRICKY).ofMaxLength(maxLength);
    }

    /** A value for a URL or a header: the short corpus, generated strings and numbers. */
    public static Arbitrary<String> shortText() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(shortPayloads())),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(2, tricky(30)),
                Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf)));
    }

    /** Amounts of money as a form may hand them over: negative, sub-cent, huge, in exponent notation. */
    public static Arbitrary<BigDecimal> amount() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(new BigDecimal("-1"), new BigDecimal("-0.01"), BigDecimal.ZERO,
                        new BigDecimal("0.001"), new BigDecimal("0.005"), new BigDecimal("1E+2"), new BigDecimal("1E-10"),
                        new BigDecimal("9999999999.99"), new BigDecimal("9999999999.999"), new BigDecimal("10000000000"),
                        new BigDecimal("1E+400"), new BigDecimal("-1E+400"), new BigDecimal("123456789012345678901234567890.12"),
                        new BigDecimal("100.10"), new BigDecimal("100.100"))),
                Tuple.of(2, Arbitraries.bigDecimals().ofScale(2).between(new BigDecimal("-1000000"),
                        new BigDecimal("1000000"))),
                Tuple.of(1, Arbitraries.<BigDecimal>just(null)));
    }

    /** Years and whole numbers at and past every boundary a form or the database has. */
    public static Arbitrary<Integer> integer() {
        return Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 1999, 2000, 2100, 2101, 9999, 10000, 275760,
                Integer.MAX_VALUE), Arbitraries.integers());
    }

    /** Dates from the Big Bang's side of the calendar to its far end, and the usual ones. */
    public static Arbitrary<LocalDate> date() {
        return Arbitraries.oneOf(Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-4713, 1, 1), LocalDate.of(1, 1, 1),
                        LocalDate.of(1899, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(5874898, 1, 1), LocalDate.of(2027, 2, 28)),
                Arbitraries.integers().between(-3_000_000, 3_000_000).map(day -> LocalDate.ofEpochDay(day)),
                Arbitraries.<LocalDate>just(null));
    }
}
