/**
 * The grant-application process's facade ({@link fi.avustus.application.process.GrantApplicationFlow})
 * and descriptor, exposed so that work done as people do it outside the screens (the demo data)
 * moves applications through the same process steps.
 */
@org.springframework.modulith.NamedInterface("process")
package fi.avustus.application.process;
