package org.preptable.model.saavor;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo POS menu and the realistic orders {@link SaavorSimulator} rings up. The seeded {@link Random} fixes
 * <em>what</em> is ordered (items, quantities, modifiers, notes, channels, names); the identities (Saavor order ids,
 * event ids) come from a separate source so that a rerun with the same seed against the same gateway makes new
 * orders instead of being dropped as repeated events.
 */
public final class SaavorOrderFactory {

    /** A POS item: its code (routed to a station by DemoStations in the gateway), name, price and usual modifiers. */
    public record MenuItem(String code, String name, int priceCents, List<String> modifiers) {
    }

    /** The demo menu; every code is routed to a station by the gateway's demo data (DemoStations). */
    public static final List<MenuItem> MENU = List.of(
            new MenuItem("BRG-CLS", "Classic burger", 1150, List.of("no onion", "extra cheese", "no pickles", "side salad", "well done")),
            new MenuItem("BRG-CHS", "Cheeseburger", 1250, List.of("no onion", "extra cheese", "bacon", "side salad", "gluten-free bun")),
            new MenuItem("BRG-VEG", "Veggie burger", 1200, List.of("no onion", "extra cheese", "vegan cheese", "side salad")),
            new MenuItem("SOUP", "Soup of the day", 650, List.of("extra bread", "no croutons")),
            new MenuItem("STK-RIB", "Rib-eye steak", 2800, List.of("rare", "medium rare", "medium", "well done", "pepper sauce", "side salad")),
            new MenuItem("CHK-GRL", "Grilled chicken", 1650, List.of("side salad", "no sauce", "extra sauce")),
            new MenuItem("SAL-CSR", "Caesar salad", 950, List.of("dressing on the side", "no croutons", "add chicken")),
            new MenuItem("SAL-GRK", "Greek salad", 900, List.of("no olives", "no onion", "dressing on the side")),
            new MenuItem("DES-CHOC", "Chocolate mousse", 700, List.of("extra cream")),
            new MenuItem("DES-CAKE", "Cheesecake", 750, List.of("extra cream", "berry sauce")),
            new MenuItem("FRY", "Fries", 400, List.of("no salt", "extra crispy", "cheese sauce")),
            new MenuItem("DRK-COLA", "Cola", 300, List.of("no ice", "diet")),
            new MenuItem("DRK-WTR", "Water", 200, List.of("sparkling", "no ice")));

    /** An item code no station lists, so its lines go to expo only. */
    public static final MenuItem UNROUTED = new MenuItem("SPECIAL-1", "Chef's special", 1800, List.of("side salad"));

    private static final List<String> NOTES = List.of("nut allergy", "birthday - candle please", "allergy: gluten",
            "cut in half for a child", "customer is waiting", "rush", "sauce in a separate cup");
    private static final List<String> NAMES = List.of("Ana", "Ben", "Carlos", "Dana", "Eli", "Fatima", "Grace",
            "Hugo", "Isabel", "Jamal", "Kim", "Luis", "Maya", "Noah", "Olivia", "Priya", "Rosa", "Sam", "Tomas", "Yara");
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final Random random;
    private final Random identities = new SecureRandom();
    private final double unroutedRatio;
    private final double rushRatio;
    private long nextNumber = 100;
    private long nextOrderId;

    /** {@code unroutedRatio} is each line's chance of being {@link #UNROUTED} (0 for never). */
    public SaavorOrderFactory(Random random, double unroutedRatio) {
        this(random, unroutedRatio, 0);
    }

    /** {@code rushRatio} is each order's chance of carrying {@code "priority": "rush"} (0 for never). */
    public SaavorOrderFactory(Random random, double unroutedRatio, double rushRatio) {
        if (!(unroutedRatio >= 0 && unroutedRatio <= 1)) {
            throw new IllegalArgumentException("unroutedRatio must be between 0 and 1, was " + unroutedRatio);
        }
        if (!(rushRatio >= 0 && rushRatio <= 1)) {
            throw new IllegalArgumentException("rushRatio must be between 0 and 1, was " + rushRatio);
        }
        this.random = random;
        this.unroutedRatio = unroutedRatio;
        this.rushRatio = rushRatio;
        this.nextOrderId = 10_000_000L + identities.nextInt(80_000_000);
    }

    /** The menu item with this code, the unrouted special included. */
    public static Optional<MenuItem> item(String code) {
        return MENU.stream().filter(item -> item.code().equals(code)).findFirst()
                .or(() -> UNROUTED.code().equals(code) ? Optional.of(UNROUTED) : Optional.empty());
    }

    /** The order's total at menu prices (lines with unknown codes count 0). */
    public static int totalCents(SaavorEvent.Order order) {
        return order.lines().stream().mapToInt(line -> item(line.itemCode()).map(MenuItem::priceCents).orElse(0)
                * (line.quantity() == null ? 1 : line.quantity())).sum();
    }

    /** A new order placed at {@code placedAt}: 1-4 distinct items, order numbers counting up from 100. */
    public synchronized SaavorEvent.Order newOrder(Instant placedAt) {
        int count = 1 + weighted(0.45, 0.30, 0.17, 0.08);
        List<SaavorEvent.Line> lines = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int draws = 0; lines.size() < count && draws < 50; draws++) { // distinct items, as a till merges repeats
            MenuItem item = pickItem();
            if (codes.add(item.code())) {
                lines.add(line(String.valueOf(lines.size() + 1), item));
            }
        }
        String channel = List.of("counter", "drive-thru", "online").get(weighted(0.5, 0.3, 0.2));
        // drawn only when asked for, so a seeded run without rushes orders exactly what it did before
        String priority = rushRatio > 0 && random.nextDouble() < rushRatio ? "rush" : null;
        return new SaavorEvent.Order("S-" + nextOrderId++, String.valueOf(nextNumber++), channel,
                NAMES.get(random.nextInt(NAMES.size())), placedAt, List.copyOf(lines), priority);
    }

    /** {@code order} with one more line, as when a guest adds to an open order. */
    public synchronized SaavorEvent.Order withExtraLine(SaavorEvent.Order order) {
        List<SaavorEvent.Line> lines = new ArrayList<>(order.lines());
        lines.add(line(String.valueOf(lines.size() + 1), pickItem()));
        return new SaavorEvent.Order(order.id(), order.number(), order.channel(), order.customerName(),
                order.placedAt(), List.copyOf(lines), order.priority());
    }

    /** Numbers the next order {@code number} (the number called out to the guest); numbers go up by one. */
    public synchronized void startNumbersAt(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("order numbers start at 1 or more, not " + number);
        }
        nextNumber = number;
    }

    /** The number the next order gets. */
    public synchronized long nextNumber() {
        return nextNumber;
    }

    /** {@code evt_} and a ULID (26 Crockford base32 characters: 48 bits of {@code at}, 80 random bits). */
    public String eventId(Instant at) {
        StringBuilder id = new StringBuilder("evt_");
        long millis = at.toEpochMilli();
        for (int shift = 45; shift >= 0; shift -= 5) {
            id.append(CROCKFORD.charAt((int) (millis >>> shift) & 31));
        }
        for (int i = 0; i < 16; i++) {
            id.append(CROCKFORD.charAt(identities.nextInt(32)));
        }
        return id.toString();
    }

    /** A draw from the seeded random, for the simulator's own choices (which orders to fulfil or void). */
    synchronized double nextDouble() {
        return random.nextDouble();
    }

    private MenuItem pickItem() {
        if (unroutedRatio > 0 && random.nextDouble() < unroutedRatio) {
            return UNROUTED;
        }
        return MENU.get(random.nextInt(MENU.size()));
    }

    private SaavorEvent.Line line(String lineId, MenuItem item) {
        int quantity = 1 + weighted(0.7, 0.22, 0.08);
        List<String> modifiers = new ArrayList<>();
        if (item.code().equals("STK-RIB")) {
            modifiers.add(item.modifiers().get(random.nextInt(4))); // a steak always comes with its doneness
        }
        if (random.nextDouble() < 0.4) {
            String extra = item.modifiers().get(random.nextInt(item.modifiers().size()));
            if (!modifiers.contains(extra) && !(item.code().equals("STK-RIB") && item.modifiers().indexOf(extra) < 4)) {
                modifiers.add(extra);
            }
        }
        String notes = random.nextDouble() < 0.08 ? NOTES.get(random.nextInt(NOTES.size())) : null;
        return new SaavorEvent.Line(lineId, item.code(), item.name(), quantity, List.copyOf(modifiers), notes);
    }

    /** An index drawn with the given weights (which sum to 1). */
    private int weighted(double... weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
