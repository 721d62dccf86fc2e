package fi.avustus.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** The demo data files in resources/demo, in the shapes of {@link DemoData}. */
final class DemoJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DemoJson() {
    }

    static <T> T read(String file, Class<T> type) {
        try (InputStream input = DemoJson.class.getResourceAsStream("/demo/" + file)) {
            return JSON.readValue(input, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data " + file, e);
        }
    }

    static <T> List<T> list(String file, Class<T[]> type) {
        return Arrays.asList(read(file, type));
    }
}
