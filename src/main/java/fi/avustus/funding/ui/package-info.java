/** The funding-use screen for administrators and officials: tables, charts drawn as SVG, and their exports. */
package fi.avustus.funding.ui;
