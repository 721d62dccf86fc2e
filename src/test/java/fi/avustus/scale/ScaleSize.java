package fi.avustus.scale;

/**
 * How much data to make.
 *
 * @param programmes              programmes, each with {@code callsPerProgramme} open calls
 * @param organisations           applicant organisations
 * @param organisationsPerApplicant how many organisations one applicant user acts for
 * @param applications            applications in all, spread over the calls and every state
 * @param fundedShare             the share of applications that end in a positive decision
 * @param officials               officials, who check, assess and propose; a fifth as many decide
 * @param backlog                 further applications, submitted and waiting for their completeness
 *                                check: the backlog of open tasks an agency carries
 */
public record ScaleSize(int programmes, int callsPerProgramme, int organisations, int organisationsPerApplicant,
                        int applications, double fundedShare, int officials, int backlog) {

    /**
     * The programme scale the performance targets speak of: 20 000 applications in every state
     * (about 5 000 funded projects and 17 000 open tasks) and a backlog that brings the open user
     * tasks to about 100 000.
     */
    public static final ScaleSize FULL = new ScaleSize(50, 4, 5_000, 10, 20_000, 0.25, 40, 83_000);
    /** Enough of everything to prove that the generator works, in a minute or two. */
    public static final ScaleSize SMOKE = new ScaleSize(2, 2, 30, 10, 90, 0.25, 4, 10);

    /** {@code smoke}, {@code full}, or {@code full/N} for an N-th of the full size (to try it out). */
    public static ScaleSize named(String name) {
        if (name.equals("smoke")) {
            return SMOKE;
        }
        if (name.equals("full")) {
            return FULL;
        }
        if (name.startsWith("full/")) {
            int part = Integer.parseInt(name.substring("full/".length()));
            return new ScaleSize(FULL.programmes, FULL.callsPerProgramme, FULL.organisations / part,
                    FULL.organisationsPerApplicant, FULL.applications / part, FULL.fundedShare, FULL.officials,
                    FULL.backlog / part);
        }
        throw new IllegalArgumentException("Unknown size " + name + ": smoke, full or full/N");
    }

    /** Every application the generator makes, the backlog included. */
    public int allApplications() {
        return applications + backlog;
    }

    public int calls() {
        return programmes * callsPerProgramme;
    }

    public int applicants() {
        return (organisations + organisationsPerApplicant - 1) / organisationsPerApplicant;
    }

    public int decisionMakers() {
        return Math.max(2, officials / 5);
    }
}
