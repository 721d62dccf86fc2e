package fi.avustus.programme.ui;

/** Compares shown text regardless of the no-break spaces that Finnish number formats use. */
final class Texts {

    private Texts() {
    }

    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
