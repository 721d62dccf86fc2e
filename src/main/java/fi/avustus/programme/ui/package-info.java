/**
 * The programme module's screens. Exposed as a named interface so that other screens (the home
 * page) can show the same open-call cards.
 */
@org.springframework.modulith.NamedInterface("ui")
package fi.avustus.programme.ui;
