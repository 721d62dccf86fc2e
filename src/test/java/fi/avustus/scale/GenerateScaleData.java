package fi.avustus.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The command that fills a database at programme scale (README, "Performance"):
 * {@code AVUSTUS_DATA_DIR=/var/tmp/avustus-scale mvn -B -Pscale verify -Dscale.size=full}.
 * Not part of the normal build: it runs for an hour at full size.
 */
@Tag("scale")
@SpringBootTest
@ActiveProfiles({"demo", "scale"})
class GenerateScaleData {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateScaleData.class);

    @Autowired ApplicationContext context;

    @Test
    void generate() throws Exception {
        ScaleSize size = ScaleSize.named(System.getProperty("scale.size", "smoke"));
        long seed = Long.getLong("scale.seed", 20261123L);
        int threads = Integer.getInteger("scale.threads", 2);
        ScaleDataGenerator.Result result = new ScaleDataGenerator(context, size, seed, threads).generate();
        LOG.info("Scale data made in {}: {}", result.elapsed(), result);
        assertThat(result.applications()).isEqualTo(ScaleDataGenerator.plannedStages(size, seed));
    }
}
