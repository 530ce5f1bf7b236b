package org.preptable.kiosk.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style.ColorMode;
import com.github.anastaciocintra.escpos.Style.FontSize;
import com.github.anastaciocintra.escpos.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.preptable.model.kds.KitchenOrder.LineAllergen;
import org.preptable.model.kds.KitchenOrder.OrderLine;
import org.preptable.model.kds.KitchenOrder;

/**
 * Turns an order into the ESC/POS bytes of one kitchen ticket, built to be read at arm's length on a busy pass:
 * <pre>
 *              Harlingen
 *            ▌ NEW ORDER ▐          reverse, double height
 *               #128                bold, double width and height
 *          TAKEAWAY - Anna
 *           Placed 14:05
 * ------------------------------------------
 * 2 x Classic burger                 bold
 *   + no onion
 *   Note: well done
 * ▌ALLERGENS: 1 Gluten, 7 Milk▐      bold, reverse
 * ------------------------------------------
 * (feed, partial cut)
 * </pre>
 * With a station set, only that station's lines are printed (unrouted lines belong to expo only) and the ticket
 * says how many lines other stations make.
 */
public final class TicketLayout {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String LINE_INDENT = "    ";
    private static final String DETAIL_INDENT = "  ";
    private static final int FEED_BEFORE_CUT = 4;

    private static final Style CENTRED = new Style().setJustification(Justification.Center);
    private static final Style CENTRED_BOLD = new Style(CENTRED).setBold(true);
    private static final Style HEADLINE = new Style(CENTRED_BOLD)
            .setColorMode(ColorMode.WhiteOnBlack).setFontSize(FontSize._1, FontSize._2);
    private static final Style ORDER_NUMBER = new Style(CENTRED_BOLD).setFontSize(FontSize._2, FontSize._2);
    private static final Style PLAIN = new Style();
    private static final Style BOLD = new Style().setBold(true);
    private static final Style ALLERGENS = new Style().setBold(true).setColorMode(ColorMode.WhiteOnBlack);

    private final String locationName;
    private final ZoneId zone;
    private final int width;
    private final OptionalLong station;

    /**
     * @param width   characters per line in the normal font (42 on 80 mm paper)
     * @param station print only this station's lines, or empty for every line (expo)
     */
    public TicketLayout(String locationName, ZoneId zone, int width, OptionalLong station) {
        this.locationName = Objects.requireNonNull(locationName, "locationName");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.station = Objects.requireNonNull(station, "station");
        if (width < 24) {
            throw new IllegalArgumentException("width must be at least 24 characters, was " + width);
        }
        this.width = width;
    }

    /** The lines this layout prints for the order: all of them, or the station's. */
    public List<OrderLine> linesFor(KitchenOrder order) {
        List<OrderLine> lines = order.lines() == null ? List.of() : order.lines();
        if (station.isEmpty()) {
            return lines;
        }
        long wanted = station.getAsLong();
        return lines.stream().filter(line -> line.stationId() != null && line.stationId() == wanted).toList();
    }

    public byte[] render(KitchenOrder order, TicketKind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (EscPos escpos = new EscPos(bytes)) {
            // ESC @ first: it resets the code page too, so the table is chosen after it.
            escpos.initializePrinter();
            escpos.setCharacterCodeTable(TicketText.CODE_TABLE);
            writeHeader(escpos, order, kind);
            List<OrderLine> lines = linesFor(order);
            for (OrderLine line : lines) {
                writeLine(escpos, line);
            }
            int elsewhere = (order.lines() == null ? 0 : order.lines().size()) - lines.size();
            if (elsewhere > 0) {
                escpos.writeLF(CENTRED, "(" + elsewhere + (elsewhere == 1 ? " line" : " lines") + " at other stations)");
            }
            escpos.writeLF(PLAIN, "-".repeat(width));
            escpos.feed(PLAIN, FEED_BEFORE_CUT);
            escpos.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private void writeHeader(EscPos escpos, KitchenOrder order, TicketKind kind) throws IOException {
        writeWrapped(escpos, CENTRED_BOLD, locationName, width, "");
        escpos.writeLF(HEADLINE, " " + (order.isRush() && kind != TicketKind.VOID ? "RUSH - " : "") + kind.headline()
                + " ");
        String number = order.number() == null ? "?" : order.number().strip();
        writeWrapped(escpos, ORDER_NUMBER, number.startsWith("#") ? number : "#" + number, width / 2, "");
        String who = joinNonBlank(" - ",
                order.channel() == null ? null : order.channel().replace('_', ' ').toUpperCase(Locale.ROOT),
                order.customerName());
        if (!who.isEmpty()) {
            writeWrapped(escpos, CENTRED, who, width, "");
        }
        escpos.writeLF(CENTRED, timeLine(order, kind));
        if (station.isPresent()) {
            escpos.writeLF(CENTRED, "Station " + station.getAsLong());
        }
        escpos.writeLF(PLAIN, "-".repeat(width));
    }

    private String timeLine(KitchenOrder order, TicketKind kind) {
        String placed = "Placed " + clock(order.placedAt());
        if (kind == TicketKind.VOID && order.stateChangedAt() != null) {
            return placed + "   Voided " + clock(order.stateChangedAt());
        }
        if (kind == TicketKind.READY && order.stateChangedAt() != null) {
            return placed + "   Ready " + clock(order.stateChangedAt());
        }
        return placed;
    }

    private String clock(Instant instant) {
        return instant == null ? "--:--" : CLOCK.format(instant.atZone(zone));
    }

    private void writeLine(EscPos escpos, OrderLine line) throws IOException {
        writeWrapped(escpos, BOLD, line.quantity() + " x " + line.name(), width, LINE_INDENT);
        if (line.modifiers() != null) {
            for (String modifier : line.modifiers()) {
                if (modifier != null && !modifier.isBlank()) {
                    writeWrapped(escpos, PLAIN, DETAIL_INDENT + "+ " + modifier.strip(), width, LINE_INDENT);
                }
            }
        }
        if (line.notes() != null && !line.notes().isBlank()) {
            writeWrapped(escpos, PLAIN, DETAIL_INDENT + "Note: " + line.notes().strip(), width, LINE_INDENT);
        }
        if (line.allergens() != null && !line.allergens().isEmpty()) {
            writeWrapped(escpos, ALLERGENS, "ALLERGENS: " + allergenList(line.allergens()), width, DETAIL_INDENT);
        }
    }

    private static String allergenList(List<LineAllergen> allergens) {
        return allergens.stream()
                .sorted(Comparator.comparingInt(LineAllergen::displayNumber))
                .map(allergen -> allergen.displayNumber() + " " + allergenName(allergen))
                .collect(Collectors.joining(", "));
    }

    private static String allergenName(LineAllergen allergen) {
        return allergen.nameEn() == null || allergen.nameEn().isBlank() ? allergen.nameDa() : allergen.nameEn();
    }

    /** Leading spaces of {@code text} are kept as the first line's indent; wrapping happens after cleaning. */
    private static void writeWrapped(EscPos escpos, Style style, String text, int columns, String indent)
            throws IOException {
        String clean = TicketText.printable(text);
        String lead = clean.substring(0, clean.length() - clean.stripLeading().length());
        List<String> lines = TicketText.wrap(clean, columns - lead.length(), indent);
        for (String line : lines) {
            escpos.writeLF(style, lead + line);
        }
    }

    private static String joinNonBlank(String separator, String... parts) {
        return Arrays.stream(parts)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(separator));
    }
}
