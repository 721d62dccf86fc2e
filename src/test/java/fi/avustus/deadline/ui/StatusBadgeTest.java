package fi.avustus.deadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every status badge keeps the WCAG 2.1 AA contrast for small text (4.5:1). */
class StatusBadgeTest {

    @Test
    void everyToneHasAtLeastTheAaContrast() {
        for (StatusBadge.Tone tone : StatusBadge.Tone.values()) {
            assertThat(contrast(tone.text, tone.background)).as(tone.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theContrastIsComputedAsTheGuidelineDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).as("a grey that just fails").isLessThan(4.5);
    }

    /** The WCAG contrast ratio of two sRGB colours written as #rrggbb. */
    static double contrast(String first, String second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(String hex) {
        double red = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double green = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double blue = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
