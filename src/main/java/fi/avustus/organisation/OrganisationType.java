package fi.avustus.organisation;

/** The legal form of an organisation; calls restrict which forms may apply. */
public enum OrganisationType {
    MUNICIPALITY,
    JOINT_MUNICIPAL_AUTHORITY,
    COMPANY,
    UNIVERSITY_OF_APPLIED_SCIENCES,
    ASSOCIATION,
    STATE_AGENCY,
    OTHER
}
