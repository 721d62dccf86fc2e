package fi.avustus.review;

import java.util.Locale;

/**
 * One call criterion as it stood when the assessment was assigned, with the reviewer's score
 * (0–5, null until scored). The criterion is copied so that a later edit of the call cannot
 * change the meaning of scores already given.
 */
public record CriterionScore(String nameFi, String nameSv, String nameEn, int weight, Integer score) {

    public String name(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        String name = "sv".equals(language) ? nameSv : "en".equals(language) ? nameEn : nameFi;
        return name == null || name.isBlank() ? nameFi : name;
    }

    public CriterionScore withScore(Integer newScore) {
        return new CriterionScore(nameFi, nameSv, nameEn, weight, newScore);
    }
}
