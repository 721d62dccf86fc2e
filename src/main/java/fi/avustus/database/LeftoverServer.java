package fi.avustus.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crashed application leaves in its data directory before the server starts again.
 *
 * <p>The embedded PostgreSQL runs as its own process, started through {@code pg_ctl}, so it does
 * not die with the JVM: after {@code kill -9} of the application (or the kernel's OOM killer) the
 * server keeps running with nobody connected, and holds the data directory against the next
 * start. If the server was killed too (a crash of the whole machine, or of the container), its
 * {@code postmaster.pid} stays behind; PostgreSQL ignores it when its process is gone, but not
 * when the process is a zombie that nobody reaps (a container whose first process is not an
 * init), and then refuses to start.
 *
 * <p>Nothing is touched while another application holds the directory (zonky's lock file).
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    static final String PID_FILE = "postmaster.pid";
    /** The file zonky locks while an application uses the directory. */
    static final String APPLICATION_LOCK = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    static void clear(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        Optional<Long> pid = serverPid(pidFile);
        if (pid.isEmpty() || !unclaimed(dataDir)) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid.get()).filter(LeftoverServer::running);
        if (server.isEmpty()) {
            log.warn("PostgreSQL process {} of {} no longer runs: the server was not shut down", pid.get(), pidFile);
            removeOnceDetached(pidFile);
        } else if (isPostgres(server.get())) {
            stop(server.get(), dataDir);
        }
    }

    private static Optional<Long> serverPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.valueOf(lines.get(0).trim()));
        } catch (NoSuchFileException noServer) {
            return Optional.empty();
        } catch (IOException | NumberFormatException unreadable) {
            // PostgreSQL judges a file it cannot read itself; so does the start that follows.
            return Optional.empty();
        }
    }

    /** True when no application has the directory: the lock it holds is free. */
    private static boolean unclaimed(Path dataDir) {
        Path lockFile = dataDir.resolve(APPLICATION_LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock of " + dataDir, e);
        }
    }

    /**
     * Alive and not a zombie. Java counts a zombie as alive, as {@code kill(pid, 0)} does; on
     * Linux its state in /proc tells.
     */
    static boolean running(ProcessHandle process) {
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        if (!Files.isReadable(stat)) {
            return process.isAlive();
        }
        try {
            String text = Files.readString(stat);
            // The state follows the command name in parentheses, which may itself hold ") ".
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
    }

    /**
     * SIGTERM, PostgreSQL's smart shutdown: it waits for its sessions, and the dead application's
     * are gone; it writes a checkpoint, so the next start needs no recovery.
     */
    private static void stop(ProcessHandle server, Path dataDir) {
        log.warn("Stopping PostgreSQL process {}, left running in {} by an application that ended without stopping it",
                server.pid(), dataDir);
        server.destroy();
        Instant giveUp = Instant.now().plus(STOP_WAIT);
        while (running(server) && Instant.now().isBefore(giveUp)) {
            pause();
        }
        if (running(server)) {
            log.warn("PostgreSQL process {} did not stop in {}; killing it, the next start recovers from its log",
                    server.pid(), STOP_WAIT);
            server.destroyForcibly();
            while (running(server)) {
                pause();
            }
        }
        // A clean stop removes the file; a killed server leaves it, as one killed with the machine does.
        removeOnceDetached(dataDir.resolve(PID_FILE));
    }

    /**
     * Removes the file once no process of the old server is left. The file is PostgreSQL's guard
     * against two servers in one directory: its sessions outlive the main process for a moment,
     * still attached to the old server's shared memory, which the file names. So the file goes
     * only when that memory has no process attached, the test PostgreSQL applies itself.
     */
    private static void removeOnceDetached(Path pidFile) {
        Optional<Long> sharedMemory = sharedMemoryId(pidFile);
        Instant giveUp = Instant.now().plus(STOP_WAIT);
        while (sharedMemory.isPresent() && attachedProcesses(sharedMemory.get()) > 0 && Instant.now().isBefore(giveUp)) {
            pause();
        }
        if (sharedMemory.isPresent() && attachedProcesses(sharedMemory.get()) > 0) {
            log.error("Processes of the previous PostgreSQL still use {}; leaving {} for PostgreSQL to refuse the start",
                    pidFile.getParent(), pidFile);
            return;
        }
        try {
            if (Files.deleteIfExists(pidFile)) {
                log.warn("Removed {} of the previous server; PostgreSQL recovers from its log as after a crash", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + pidFile, e);
        }
    }

    /** The System V shared memory id on the file's seventh line ("key id"), if it names one. */
    private static Optional<Long> sharedMemoryId(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            String[] keyAndId = lines.size() < 7 ? new String[0] : lines.get(6).trim().split("\\s+");
            return keyAndId.length == 2 ? Optional.of(Long.valueOf(keyAndId[1])) : Optional.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** How many processes have the segment attached (Linux's /proc/sysvipc/shm); 0 when it is gone. */
    private static long attachedProcesses(long sharedMemoryId) {
        Path segments = Path.of("/proc/sysvipc/shm");
        if (!Files.isReadable(segments)) {
            return 0;
        }
        try (var lines = Files.lines(segments)) {
            // Columns: key shmid perms size cpid lpid nattch ...
            return lines.skip(1).map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns.length > 6 && columns[1].equals(String.valueOf(sharedMemoryId)))
                    .mapToLong(columns -> Long.parseLong(columns[6])).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a left-over PostgreSQL", e);
        }
    }
}
