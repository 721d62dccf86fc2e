/**
 * The crash test's driver (scripts/crash-test.sh): the real application under load of many
 * submissions and payment approvals, killed with {@code kill -9} in the middle, then restarted on
 * the same data directory and checked. Not a JUnit test: it runs as a main class on the test
 * classpath, so that the script can kill the JVM as a crash would.
 */
package fi.avustus.crash;
