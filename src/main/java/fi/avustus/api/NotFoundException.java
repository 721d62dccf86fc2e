package fi.avustus.api;

/** The case does not exist or is outside the caller's reach: both answer 404, so that ids cannot be probed. */
class NotFoundException extends RuntimeException {

    NotFoundException(String what) {
        super(what);
    }
}
