package org.preptable.kiosk.board;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.preptable.model.kds.KitchenOrder;

/**
 * The rules of one kitchen screen, without the screen: which tickets it shows and in what order, what a press of
 * the bump key does to the selected one, and what it shows before the gateway has confirmed anything.
 *
 * <ul>
 * <li>Tickets: the gateway's orders as this screen sees them ({@link StationView}), bumps and rush toggles this screen
 * sent but the gateway has not confirmed yet, and voided orders for {@code voidFor} after their removal; rush first,
 * then oldest first.
 * <li>A press holds a bump ({@link HeldBumps}). A move to ready of a ticket whose lines (for this screen) carry
 * allergens first raises a prompt ({@link TicketNotes}); only a second, deliberate press within the window holds it,
 * marked as confirmed. On expo a press on a ready order clears it; on a void ticket it dismisses the ticket.
 * </ul>
 * Not thread-safe: the FX thread owns it.
 */
public final class TicketFlow {

    /** What a press did. */
    public enum Press { HELD, PROMPTED, NOT_DELIBERATE, DISMISSED, NOTHING }

    private record Voided(KitchenOrder order, Instant until) {
    }

    private static final int DEPARTED_KEPT = 200;

    private final StationView station;
    private final HeldBumps held;
    private final TicketNotes notes = new TicketNotes();
    private final RecallList recall;
    private final Duration voidFor;
    /** Moves sent but not yet seen back from the gateway: what the ticket shows meanwhile (also offline). */
    private final Map<String, String> sentStates = new HashMap<>();
    private final Map<String, String> sentPriorities = new HashMap<>();
    private final Map<String, Voided> voids = new LinkedHashMap<>();
    /** Orders that just left the gateway's list, so a void that follows their removal can still be shown. */
    private final Map<String, KitchenOrder> departed = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KitchenOrder> eldest) {
            return size() > DEPARTED_KEPT;
        }
    };
    private List<KitchenOrder> fromGateway = List.of();
    private List<KitchenOrder> shown = List.of();

    public TicketFlow(StationView station, Duration hold, Duration voidFor, int recallSize) {
        this.station = station;
        this.held = new HeldBumps(hold, station.isExpo());
        this.recall = new RecallList(recallSize);
        this.voidFor = voidFor;
    }

    public StationView station() {
        return station;
    }

    /** The location's orders as the gateway last said (all stations, oldest first). */
    public void gatewayOrders(List<KitchenOrder> orders, Instant now) {
        Map<String, KitchenOrder> byId = orders.stream().collect(Collectors.toMap(KitchenOrder::id, o -> o, (a, b) -> b));
        fromGateway.stream().filter(o -> !byId.containsKey(o.id())).forEach(o -> departed.put(o.id(), o));
        fromGateway = List.copyOf(orders);
        fromGateway.forEach(recall::update);
        sentStates.entrySet().removeIf(sent -> {
            KitchenOrder order = byId.get(sent.getKey());
            return order == null || rank(viewedState(order)) >= rank(sent.getValue());
        });
        sentPriorities.entrySet().removeIf(sent -> {
            KitchenOrder order = byId.get(sent.getKey());
            return order == null || order.priority().equals(sent.getValue());
        });
        recompute(now);
        held.forgetMissing(ids(shown));
    }

    /** The tickets to show, in board order. */
    public List<KitchenOrder> shown() {
        return shown;
    }

    /** What pressing bump on this ticket does now. */
    public Press press(String orderId, Instant now) {
        if (voids.remove(orderId) != null) {
            recompute(now);
            return Press.DISMISSED;
        }
        Optional<KitchenOrder> found = find(orderId);
        if (found.isEmpty()) {
            return Press.NOTHING;
        }
        KitchenOrder order = found.get();
        String next = held.peekNext(order);
        if (next == null) {
            if (held.heldFor(orderId).isEmpty() && "ready".equals(order.prepState())) {
                notes.hint(orderId, "READY — expo clears it", now);
            }
            return Press.NOTHING;
        }
        boolean confirmed = false;
        if ("ready".equals(next) && !StationView.allergens(order).isEmpty()) {
            Optional<TicketNotes.Note> prompt = notes.promptFor(orderId, now);
            if (prompt.isEmpty()) {
                notes.prompt(orderId, promptText(order), now, false);
                return Press.PROMPTED;
            }
            if (!TicketNotes.deliberate(prompt.get(), now)) {
                return Press.NOT_DELIBERATE;
            }
            confirmed = true;
        }
        notes.clear(orderId);
        held.bump(order, now, confirmed);
        return Press.HELD;
    }

    /** Undo: drops the prompt on this ticket if it has one, else its held bump (or the most recent one). */
    public boolean undo(String orderId, Instant now) {
        if (orderId != null && notes.noteFor(orderId, now).isPresent()) {
            notes.clear(orderId);
            return true;
        }
        return held.undo(orderId).isPresent();
    }

    /** The bumps whose hold has passed, to send now; the tickets show their new state at once. */
    public List<ScreenBump> due(Instant now) {
        List<HeldBumps.Held> due = held.due(now);
        if (due.isEmpty()) {
            return List.of();
        }
        List<ScreenBump> bumps = due.stream().map(bump -> {
            sentStates.put(bump.order().id(), bump.to());
            recall.add(bump.order(), bump.to());
            return HeldBumps.CLEARED.equals(bump.to())
                    ? new ScreenBump(ScreenBump.Kind.CLEAR, bump.order(), bump.to(), null, false)
                    : new ScreenBump(ScreenBump.Kind.TRANSITION, bump.order(), bump.to(), station.bumpStation(),
                            bump.allergensConfirmed());
        }).toList();
        recompute(now);
        return bumps;
    }

    /** Rush on or off for this ticket; shown at once, sent now (no hold: it moves no food). */
    public Optional<ScreenBump> toggleRush(String orderId, Instant now) {
        return find(orderId).map(order -> {
            String next = order.isRush() ? KitchenOrder.NORMAL : KitchenOrder.RUSH;
            sentPriorities.put(orderId, next);
            recompute(now);
            return new ScreenBump(ScreenBump.Kind.PRIORITY, order, next, null, false);
        });
    }

    /**
     * Saavor voided an order that was on this screen: it stays, marked VOID, for {@code voidFor}. Returns whether it
     * is shown (not when it never had lines here, had been cleared, or voids are not shown at all).
     */
    public boolean voided(KitchenOrder order, Instant now) {
        KitchenOrder known = departed.get(order.id());
        if (voidFor.isZero() || known == null && fromGateway.stream().noneMatch(o -> o.id().equals(order.id()))) {
            return false;
        }
        KitchenOrder base = order.lines().isEmpty() && known != null ? known : order;
        Optional<KitchenOrder> viewed = station.view(base);
        if (viewed.isEmpty() || base.isCleared() || known != null && known.isCleared()) {
            return false;
        }
        if (held.heldFor(order.id()).isPresent()) {
            held.undo(order.id());
        }
        notes.clear(order.id());
        sentStates.remove(order.id());
        voids.put(order.id(), new Voided(OrderCopies.withState(viewed.get(), "voided", now), now.plus(voidFor)));
        recompute(now);
        return true;
    }

    /** The gateway answered something this screen sent; a refusal drops the screen's guess. */
    public void answered(ScreenBump.Kind kind, String orderId, int status, boolean needsAllergenConfirmation,
            Instant now) {
        if (status < 400) {
            return;
        }
        if (kind == ScreenBump.Kind.PRIORITY) {
            sentPriorities.remove(orderId);
        } else {
            sentStates.remove(orderId);
        }
        recompute(now);
        if (needsAllergenConfirmation) {
            // The gateway knew allergens this screen did not: ask now, and keep asking until the cook acts.
            find(orderId).ifPresent(order -> notes.prompt(orderId, promptText(order), now, true));
        }
    }

    /** Runs out void tickets and notes; true when the tickets changed. */
    public boolean expire(Instant now) {
        boolean voidsGone = voids.values().removeIf(v -> !now.isBefore(v.until()));
        boolean notesGone = notes.expire(now, ids(shown));
        if (voidsGone) {
            recompute(now);
        }
        return voidsGone || notesGone;
    }

    public Optional<HeldBumps.Held> heldFor(String orderId) {
        return held.heldFor(orderId);
    }

    public Optional<TicketNotes.Note> noteFor(String orderId, Instant now) {
        return notes.noteFor(orderId, now);
    }

    public boolean isVoid(String orderId) {
        return voids.containsKey(orderId);
    }

    /** The last tickets this screen bumped (recall with a gateway that keeps no list of cleared orders). */
    public List<KitchenOrder> lastBumped() {
        return recall.newestFirst();
    }

    /** The ids of held bumps among the shown tickets (tests tell held from sent with it). */
    public Set<String> heldIds() {
        return shown.stream().map(KitchenOrder::id).filter(id -> held.heldFor(id).isPresent())
                .collect(Collectors.toSet());
    }

    /** "ALLERGENS: Gluten, Milk — press again to confirm". */
    public static String promptText(KitchenOrder viewed) {
        return "ALLERGENS: " + StationView.allergens(viewed).stream()
                .map(a -> a.nameEn() == null || a.nameEn().isBlank() ? a.nameDa() : a.nameEn())
                .collect(Collectors.joining(", ")) + " — press again to confirm";
    }

    private void recompute(Instant now) {
        Stream<KitchenOrder> live = station.apply(fromGateway).stream()
                .filter(o -> !voids.containsKey(o.id()))
                .map(o -> withSent(o, now)).flatMap(Optional::stream);
        shown = Stream.concat(live, voids.values().stream().map(Voided::order)).sorted(StationView.TICKET_ORDER).toList();
    }

    private Optional<KitchenOrder> withSent(KitchenOrder o, Instant now) {
        KitchenOrder order = o;
        String sent = sentStates.get(o.id());
        if (sent != null && rank(sent) > rank(o.prepState())) {
            if (HeldBumps.CLEARED.equals(sent)) {
                return Optional.empty(); // cleared here: off this screen before the gateway's event says so
            }
            order = OrderCopies.withState(order, sent, now);
        }
        String priority = sentPriorities.get(o.id());
        return Optional.of(priority == null ? order : OrderCopies.withPriority(order, priority));
    }

    private String viewedState(KitchenOrder order) {
        if (order.isCleared()) {
            return HeldBumps.CLEARED;
        }
        return station.view(order).map(KitchenOrder::prepState).orElse(order.prepState());
    }

    private Optional<KitchenOrder> find(String orderId) {
        return shown.stream().filter(o -> o.id().equals(orderId) && !voids.containsKey(o.id())).findFirst();
    }

    private static Set<String> ids(List<KitchenOrder> orders) {
        return orders.stream().map(KitchenOrder::id).collect(Collectors.toSet());
    }

    static int rank(String state) {
        return switch (state) {
            case "queued" -> 0;
            case "preparing" -> 1;
            case "ready" -> 2;
            default -> 3;
        };
    }
}
