package fi.avustus.funding.ui;

import fi.avustus.funding.FundingFigures;
import fi.avustus.funding.FundingRow;

/**
 * A line of a level's table: a programme, network or project by its name in the viewer's language,
 * or the level's total (with no row).
 */
record Line(String name, FundingRow row, FundingFigures figures) {
}
