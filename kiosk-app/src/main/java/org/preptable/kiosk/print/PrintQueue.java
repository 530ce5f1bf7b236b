package org.preptable.kiosk.print;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tickets waiting for the printer, on disk so that a power cut or restart loses none, and a record of what was
 * already printed so that a re-delivered event never prints twice.
 *
 * <pre>
 * queue-dir/jobs/000000000042_1234-new.job   one ticket's ESC/POS bytes; 42 orders the queue, 1234-new is its key
 * queue-dir/printed.log                      "key epoch-millis" per printed ticket, appended and fsynced
 * </pre>
 * A job file is written to a temporary name, fsynced and renamed, so a crash leaves either the whole job or none.
 * The printed record keeps the newest {@value #DEFAULT_MAX_PRINTED} keys of the last {@value #RETENTION_DAYS} days:
 * the gateway only re-delivers recent events, so older keys can never come back. Thread-safe.
 */
public final class PrintQueue {

    /** A queued ticket. {@code key} is {@code <eventId>-<kind>}. */
    public record Job(long sequence, String key, Path file) {
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(file);
        }
    }

    static final int DEFAULT_MAX_PRINTED = 10_000;
    static final int RETENTION_DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(PrintQueue.class);
    private static final Pattern KEY = Pattern.compile("[0-9]{1,19}-[a-z]{1,16}");
    private static final Pattern JOB_FILE = Pattern.compile("([0-9]{12,19})_(" + KEY.pattern() + ")\\.job");
    private static final String PRINTED_LOG = "printed.log";

    private final Path jobsDir;
    private final Path printedLog;
    private final Clock clock;
    private final int maxPrinted;
    private final TreeMap<Long, Job> jobs = new TreeMap<>();
    private final Map<String, Instant> printed = new LinkedHashMap<>();
    private long nextSequence = 1;
    private int logLines;

    /** Opens (creating if needed) the queue in {@code dir}. */
    public static PrintQueue open(Path dir) throws IOException {
        return new PrintQueue(dir, Clock.systemUTC(), DEFAULT_MAX_PRINTED);
    }

    PrintQueue(Path dir, Clock clock, int maxPrinted) throws IOException {
        this.jobsDir = dir.resolve("jobs");
        this.printedLog = dir.resolve(PRINTED_LOG);
        this.clock = clock;
        this.maxPrinted = maxPrinted;
        Files.createDirectories(jobsDir);
        loadPrinted();
        loadJobs();
    }

    public static boolean isValidKey(String key) {
        return KEY.matcher(key).matches();
    }

    /**
     * Adds a ticket unless one with this key is queued or was printed. Returns whether it was added; when this
     * returns true the job is on disk.
     */
    public synchronized boolean enqueue(String key, byte[] ticket) throws IOException {
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("A job key looks like 1234-new, was '" + key + "'");
        }
        if (printed.containsKey(key) || isQueued(key)) {
            return false;
        }
        long sequence = nextSequence++;
        Path file = jobsDir.resolve(String.format("%012d_%s.job", sequence, key));
        Path temp = jobsDir.resolve(".tmp-" + UUID.randomUUID());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeFully(channel, ticket);
        }
        moveAtomically(temp, file);
        syncDirectory(jobsDir);
        jobs.put(sequence, new Job(sequence, key, file));
        return true;
    }

    /** The oldest waiting job, if any. It stays queued until {@link #markPrinted}. */
    public synchronized Optional<Job> peek() {
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.firstEntry().getValue());
    }

    /** Records the job's key as printed (durably, first) and then removes the job. */
    public synchronized void markPrinted(Job job) throws IOException {
        Instant now = clock.instant();
        // The record goes first: a crash between the two steps must leave a printed key, not a job to print again.
        appendPrinted(job.key(), now);
        remember(job.key(), now);
        jobs.remove(job.sequence());
        Files.deleteIfExists(job.file());
        if (logLines > 2 * maxPrinted) {
            compactPrintedLog();
        }
    }

    public synchronized int size() {
        return jobs.size();
    }

    public synchronized boolean wasPrinted(String key) {
        return printed.containsKey(key);
    }

    public synchronized boolean isQueued(String key) {
        return jobs.values().stream().anyMatch(job -> job.key().equals(key));
    }

    /** The keys of the waiting jobs, oldest first. */
    public synchronized List<String> queuedKeys() {
        return jobs.values().stream().map(Job::key).toList();
    }

    private void loadJobs() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(jobsDir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher matcher = JOB_FILE.matcher(name);
                if (name.startsWith(".tmp-")) {
                    // A write the last run did not finish; its event was never acknowledged as queued.
                    Files.deleteIfExists(file);
                } else if (!matcher.matches()) {
                    LOG.warn("Ignoring unexpected file {} in the print queue", file);
                } else if (printed.containsKey(matcher.group(2))) {
                    // Printed and recorded, but the run stopped before the file was removed.
                    Files.deleteIfExists(file);
                } else {
                    long sequence = Long.parseLong(matcher.group(1));
                    jobs.put(sequence, new Job(sequence, matcher.group(2), file));
                }
            }
        }
        nextSequence = jobs.isEmpty() ? 1 : jobs.lastKey() + 1;
        if (!jobs.isEmpty()) {
            LOG.info("{} ticket(s) waiting in the print queue from an earlier run", jobs.size());
        }
    }

    private void loadPrinted() throws IOException {
        if (!Files.exists(printedLog)) {
            return;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(RETENTION_DAYS));
        int lines = 0;
        for (String line : Files.readAllLines(printedLog, StandardCharsets.UTF_8)) {
            lines++;
            String[] parts = line.strip().split(" ");
            if (parts.length != 2 || !isValidKey(parts[0]) || !parts[1].matches("[0-9]{1,19}")) {
                // A torn last line after a power cut; the job it belonged to is still on disk and prints again.
                LOG.warn("Ignoring unreadable line in {}: '{}'", printedLog, line);
                continue;
            }
            Instant at = Instant.ofEpochMilli(Long.parseLong(parts[1]));
            if (at.isAfter(cutoff)) {
                remember(parts[0], at);
            }
        }
        logLines = lines;
        if (lines > printed.size()) {
            compactPrintedLog();
        }
    }

    private void remember(String key, Instant at) {
        printed.remove(key);
        printed.put(key, at);
        Iterator<String> oldest = printed.keySet().iterator();
        while (printed.size() > maxPrinted) {
            oldest.next();
            oldest.remove();
        }
    }

    private void appendPrinted(String key, Instant at) throws IOException {
        byte[] line = (key + " " + at.toEpochMilli() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(printedLog,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(channel, line);
        }
        logLines++;
    }

    /** Rewrites the printed record with only the keys still remembered (atomic, like a job). */
    private void compactPrintedLog() throws IOException {
        StringBuilder text = new StringBuilder(printed.size() * 24);
        printed.forEach((key, at) -> text.append(key).append(' ').append(at.toEpochMilli()).append('\n'));
        Path temp = printedLog.resolveSibling(PRINTED_LOG + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(channel, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        moveAtomically(temp, printedLog);
        syncDirectory(printedLog.getParent());
        logLines = printed.size();
    }

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename durable. Linux allows fsync on a directory; where it is refused there is nothing better to do. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Directory {} cannot be fsynced here: {}", dir, e.toString());
        }
    }
}
