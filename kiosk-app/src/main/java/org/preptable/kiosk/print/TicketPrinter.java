package org.preptable.kiosk.print;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.preptable.model.kds.KitchenOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints kitchen tickets for the kiosk's order events on a serial ESC/POS printer.
 *
 * <p>{@link #onEvent} decides whether an event calls for a ticket ({@link TicketTriggers}), renders it
 * ({@link TicketLayout}) and puts it in the durable {@link PrintQueue} under the key {@code <eventId>-<kind>}; that
 * is all the caller's thread does, so a stuck printer never holds up the order feed. A dedicated printer thread
 * drains the queue: it reads the printer's status before every ticket, prints only when the printer can, waits
 * {@code printer.retry-ms} and asks again when it cannot, and removes a ticket only after the printer confirmed it
 * received all of it. A ticket whose key was printed before (a re-delivered event, a restart) is never queued again.
 * A printer that cannot answer status requests is printed to blind ({@code printer.status}, see {@link #checkStatus}).
 *
 * <p>The state listener hears about every change of the printer's condition or of the number of waiting tickets,
 * on the printer thread.
 */
public final class TicketPrinter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TicketPrinter.class);

    private final PrinterSettings settings;
    private final TicketLayout layout;
    private final TicketTriggers triggers;
    private final PrintQueue queue;
    private final SerialPrinterLink link;
    private final Object wakeUp = new Object();
    private volatile Consumer<PrinterState> listener = state -> { };
    private volatile PrinterState state;
    private volatile boolean running;
    private boolean workArrived;
    // Printer-thread state for printer.status = auto: the printer answered at least once in this run; the number of
    // silent checks in a row; and whether it is now taken for a printer that cannot answer.
    private boolean everAnswered;
    private int silentChecks;
    private boolean detectedBlind;
    private Thread worker;

    /**
     * Opens the print queue (creating its directory) unless the settings are {@linkplain PrinterSettings#enabled()
     * disabled}, in which case this printer ignores every event and touches nothing.
     *
     * @param locationName printed at the top of every ticket
     * @param zone         the kitchen's time zone, for the times on the ticket
     * @param station      print only this station's lines, or empty for all (expo)
     * @throws IOException if the queue directory cannot be created or read
     */
    public TicketPrinter(PrinterSettings settings, String locationName, ZoneId zone, OptionalLong station)
            throws IOException {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.layout = new TicketLayout(locationName, zone, settings.width(), station);
        this.triggers = new TicketTriggers(settings.printOn());
        this.queue = settings.enabled() ? PrintQueue.open(settings.queueDir()) : null;
        this.link = settings.enabled() ? new SerialPrinterLink(settings) : null;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Set before {@link #start()}. Called on the printer thread: hand over to the UI thread yourself. */
    public void onStateChange(Consumer<PrinterState> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Tells the printer which orders are already on the screens, e.g. from the snapshot the feed loads at start, so
     * an update to an order that was ready before this run does not print a second "ready" ticket.
     */
    public void rememberOrders(Collection<KitchenOrder> orders) {
        triggers.remember(orders);
    }

    /**
     * Handles one order event from the gateway's stream ({@code order.created}, {@code order.updated},
     * {@code order.removed}); {@code eventId} is the stream's event id. Returns quickly: printing happens on the
     * printer thread. Never throws; problems are logged.
     */
    public void onEvent(long eventId, String eventName, KitchenOrder order) {
        if (!enabled()) {
            return;
        }
        if (eventId < 0) {
            LOG.warn("Ignoring {} without an event id: a ticket needs one to be printed only once", eventName);
            return;
        }
        for (TicketKind kind : triggers.ticketsFor(eventName, order)) {
            enqueue(eventId + "-" + kind.configWord(), order, kind);
        }
    }

    private void enqueue(String key, KitchenOrder order, TicketKind kind) {
        if (layout.linesFor(order).isEmpty()) {
            LOG.debug("Order {} has no lines for this station; no ticket", order.number());
            return;
        }
        try {
            if (queue.wasPrinted(key) || queue.isQueued(key)) {
                LOG.debug("Ticket {} for order {} is already printed or queued", key, order.number());
                return;
            }
            if (queue.enqueue(key, layout.render(order, kind))) {
                LOG.info("Queued {} ticket {} for order {}", kind.configWord(), key, order.number());
                wake();
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Ticket {} for order {} could not be queued", key, order.number(), e);
        }
    }

    /** Starts the printer thread; does nothing when printing is disabled. */
    public synchronized void start() {
        if (!enabled()) {
            LOG.info("No ticket printer configured");
            return;
        }
        if (worker != null) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name("ticket-printer").start(this::run);
    }

    /** The last published state; empty before the first status check or when disabled. */
    public Optional<PrinterState> state() {
        return Optional.ofNullable(state);
    }

    public int ticketsWaiting() {
        return queue == null ? 0 : queue.size();
    }

    /** The keys of waiting tickets, oldest first (for diagnostics and tests). */
    public List<String> waitingKeys() {
        return queue == null ? List.of() : queue.queuedKeys();
    }

    private void run() {
        while (running) {
            PrinterStatus status = checkStatus();
            if (!running) {
                return; // closing: the port was closed under us, which says nothing about the printer
            }
            publish(status);
            Optional<PrintQueue.Job> next = queue.peek();
            if (next.isPresent() && status.canPrint() && running) {
                if (print(next.get(), status.blind())) {
                    publish(status);
                    continue;
                }
                if (status.blind()) {
                    publish(PrinterStatus.NO_ANSWER); // the port failed: offline, the ticket waits
                }
            }
            // Idle or unable to print: look again after retry-ms (sooner when a ticket arrives) so the screen sees
            // "paper low" before the roll runs out and a returning printer is noticed.
            if (!pause(settings.retry())) {
                return;
            }
        }
    }

    /**
     * The printer's condition under {@code printer.status}. {@link PrinterStatus#NO_STATUS} means print blind: in
     * mode none whenever the port opens; in mode auto once the printer stayed silent for {@code status-tries} checks
     * in a row without ever having answered in this run. A printer that answered once is trusted to answer, so its
     * silence stays "offline" (it is off or stuck, and a blind ticket would be lost). An answer ends blind printing.
     */
    private PrinterStatus checkStatus() {
        if (settings.status() == PrinterSettings.StatusMode.NONE) {
            return link.openBlind() ? PrinterStatus.NO_STATUS : PrinterStatus.NO_ANSWER;
        }
        PrinterStatus status = link.readStatus();
        if (status.answered()) {
            if (detectedBlind) {
                LOG.info("The printer answered a status request; no more blind printing");
            }
            everAnswered = true;
            detectedBlind = false;
            silentChecks = 0;
            return status;
        }
        if (!link.lastCheckWasSilent()) {
            return status; // the port itself failed: offline in every mode
        }
        silentChecks++;
        if (settings.status() == PrinterSettings.StatusMode.AUTO && !everAnswered && !detectedBlind
                && silentChecks >= settings.statusTries()) {
            detectedBlind = true;
            LOG.warn("The printer on {} did not answer {} status requests; printing blind (printer.status = none"
                    + " skips the wait, query never prints blind)", settings.port(), silentChecks);
        }
        return detectedBlind ? PrinterStatus.NO_STATUS : status;
    }

    private boolean print(PrintQueue.Job job, boolean blind) {
        byte[] ticket;
        try {
            ticket = job.bytes();
        } catch (IOException e) {
            LOG.error("Ticket {} cannot be read from {}; skipping it", job.key(), job.file(), e);
            markPrinted(job);
            return true;
        }
        if (!(blind ? link.sendBlind(ticket) : link.send(ticket))) {
            LOG.warn("Ticket {} did not reach the printer; it stays queued", job.key());
            return false;
        }
        markPrinted(job);
        LOG.info("Printed ticket {} ({} bytes{})", job.key(), ticket.length, blind ? ", blind" : "");
        return true;
    }

    private void markPrinted(PrintQueue.Job job) {
        try {
            queue.markPrinted(job);
        } catch (IOException e) {
            // The queue already forgot the job in memory, so this run will not print it again.
            LOG.error("Ticket {} printed but not recorded; it may print again after a restart", job.key(), e);
        }
    }

    private void publish(PrinterStatus status) {
        PrinterState next = new PrinterState(status, queue.size());
        if (next.equals(state)) {
            return;
        }
        PrinterState previous = state;
        state = next;
        if (previous == null || !previous.status().equals(status)) {
            if (status.canPrint() && !status.paperNearEnd()) {
                LOG.info("Ticket printer: {}", next.text());
            } else {
                LOG.warn("Ticket printer: {}", next.text());
            }
        }
        try {
            listener.accept(next);
        } catch (RuntimeException e) {
            LOG.warn("Printer state listener failed", e);
        }
    }

    private void wake() {
        synchronized (wakeUp) {
            workArrived = true;
            wakeUp.notifyAll();
        }
    }

    /** Returns false when interrupted (closing). */
    private boolean pause(Duration duration) {
        synchronized (wakeUp) {
            try {
                long deadline = System.nanoTime() + duration.toNanos();
                long left;
                while (!workArrived && running && (left = deadline - System.nanoTime()) > 0) {
                    wakeUp.wait(Math.max(1, left / 1_000_000));
                }
                workArrived = false;
                return running;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Stops the printer thread and closes the port. Waiting tickets stay on disk for the next start. */
    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = worker;
            worker = null;
        }
        wake();
        if (link != null) {
            // Closing the port also frees a write stuck on a printer that stopped reading.
            link.close();
        }
        if (stopping != null) {
            try {
                stopping.join(settings.writeTimeout().plus(settings.statusTimeout().multipliedBy(5)).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
