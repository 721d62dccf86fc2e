/**
 * The role-aware start page: what is open, due and waiting for the logged-in person.
 * Reads from the feature modules' facades; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule
package fi.avustus.home;
