/** The recovery claims screen. */
package fi.avustus.recovery.ui;
