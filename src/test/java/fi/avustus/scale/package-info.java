/**
 * Data at programme scale for the benchmarks, made through the product's own facades and
 * processes as its users would make it: organisations and their applicants, programmes and calls,
 * applications in every state, funded projects with payments and reports. Seeded, so two runs
 * make the same data.
 */
package fi.avustus.scale;
