package fi.avustus.organisation;

/**
 * Whom a steering-group member represents. The chair rotates over categories year by year
 * (e.g. vocational and general upper secondary education in turn).
 */
public enum MemberCategory {
    VOCATIONAL,
    GENERAL_UPPER_SECONDARY,
    REGIONAL_COUNCIL,
    UNIVERSITY_OF_APPLIED_SCIENCES,
    TEACHERS,
    STUDENTS,
    GUIDANCE_COUNSELLORS,
    PRINCIPALS,
    MUNICIPALITY,
    FUNDER,
    OTHER
}
