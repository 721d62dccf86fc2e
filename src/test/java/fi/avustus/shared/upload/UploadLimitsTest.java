package fi.avustus.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Multipart requests to the application's Spring MVC servlet are limited to one file of the size
 * {@link UploadRules} allows: Tomcat stops reading past these limits. (Vaadin's upload component
 * streams its uploads itself; {@link UploadRules#readLimited} stops reading those one byte past
 * the limit, see {@code HostileUploadTest}.)
 */
@IntegrationTest
class UploadLimitsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theServletTakesOneFileOfTheAllowedSizeAndNoMore() {
        MultipartConfigElement limits = context.getBean(MultipartConfigElement.class);
        assertThat(limits.getMaxFileSize()).isEqualTo(UploadRules.FILE_MAX_BYTES);
        assertThat(limits.getMaxRequestSize()).isBetween(UploadRules.FILE_MAX_BYTES, UploadRules.FILE_MAX_BYTES + UploadRules.MEGABYTE);
    }
}
