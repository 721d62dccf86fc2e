package fi.avustus.shared.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    @Test
    void lettersRenderedAtOnceEachPrintTheirOwnTextInTheEmbeddedFont() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
                "fonts-dejavu-core not installed");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> letters = new ArrayList<>();
            for (int letter = 0; letter < 24; letter++) {
                String text = "Kirje " + letter + " – Čáhcesuolu ŋ đ ŧ";
                letters.add(threads.submit(() -> PdfText.of(LetterPdf.render("""
                        <html><head><style>body { font-family: '%s'; }</style></head>
                        <body><h1>Päätös</h1><p>%s</p></body></html>""".formatted(LetterPdf.FAMILY, text)))));
            }
            for (int letter = 0; letter < letters.size(); letter++) {
                assertThat(letters.get(letter).get()).contains("Päätös", "Kirje " + letter + " – Čáhcesuolu ŋ đ ŧ");
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
