package fi.avustus.actionplan.internal;

import fi.avustus.shared.Validator;

/** Sizes past which a document is a typing or scripting accident rather than a plan. */
final class DocumentLimits {

    static final int MAX_ROWS = 200;

    private DocumentLimits() {
    }

    static void rows(Validator validator, String field, int count) {
        validator.check(count <= MAX_ROWS, field, "actionplan.tooManyRows", MAX_ROWS);
    }
}
