/**
 * Demo data from the source documents (real organisation, network and programme names,
 * invented people), loaded through the modules' own facades so that every rule applies.
 * Active with the {@code demo} profile, which is on by default for the embedded database.
 */
@org.springframework.modulith.ApplicationModule
package fi.avustus.demo;
