/** Staff's payment screens and the payment file for the finance system. */
package fi.avustus.payment.ui;
