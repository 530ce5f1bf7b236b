package org.preptable.model.saavor;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.preptable.model.Json;

/** The command line of {@code scripts/saavor-sim}: parses options, prints each order as it is answered, explains failures. */
final class SaavorSimulatorCli {

    static final String USAGE = """
            Usage: scripts/saavor-sim [options]
            Rings up simulated Saavor POS orders, signed, at a PrepTable gateway's webhook; fulfils and voids some.
              --gateway URL      the gateway (default http://localhost:8080)
              --secret S         the Saavor webhook secret (default: $PREPTABLE_SAAVOR_SECRET; required)
              --store-ref REF    the location's Saavor store ref (default harlingen-main, the demo location)
              --rate N           new orders per second (default 0.2)
              --duration SECONDS how long to send (default 60)
              --fulfil RATIO     share of orders fulfilled a few orders later (default 0.8)
              --void RATIO       share of orders voided right after (default 0.05)
              --unrouted RATIO   share of lines with the unrouted code SPECIAL-1, shown on expo only (default 0)
              --rush RATIO       share of orders sent as rush ("priority": "rush"), listed first (default 0)
              --start N          number the first order N (default: where the last run for this store stopped,
                                 kept in $PREPTABLE_DATA_DIR/saavor-sim.properties, else 100)
              --seed N           makes what is ordered repeatable (default random; printed at the end)
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Set<Integer> explained = new HashSet<>();
    private volatile SaavorSimulator simulator;
    private final SimNumbers numbers;

    SaavorSimulatorCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.numbers = new SimNumbers(java.nio.file.Path.of(env.getOrDefault("PREPTABLE_DATA_DIR", "data"))
                .resolve("saavor-sim.properties"));
    }

    static void main(String[] args) {
        SaavorSimulatorCli cli = new SaavorSimulatorCli(System.out, System.err, System.getenv());
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { // Ctrl-C: stop sending, let the summary print
            SaavorSimulator running = cli.simulator;
            if (running != null) {
                running.stop();
            }
            try {
                done.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        int status = cli.run(args);
        done.countDown();
        System.exit(status);
    }

    /** Exit status: 0 when every event was accepted, 1 when some were not, 2 for bad options. */
    int run(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("saavor-sim: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.containsKey("help")) {
            out.print(USAGE);
            return 0;
        }
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String secret = options.getOrDefault("secret", env.get("PREPTABLE_SAAVOR_SECRET"));
        String storeRef = options.getOrDefault("store-ref", "harlingen-main");
        if (secret == null || secret.isBlank()) {
            err.println("saavor-sim: no Saavor secret: pass --secret or set PREPTABLE_SAAVOR_SECRET. The gateway prints "
                    + "the secret it generated once, at its first start; or start it with PREPTABLE_SAAVOR_SECRET set.");
            return 2;
        }
        double rate;
        double seconds;
        double fulfil;
        double voids;
        double unrouted;
        double rush;
        long seed;
        Long start;
        try {
            rate = number(options, "rate", "0.2");
            seconds = number(options, "duration", "60");
            fulfil = number(options, "fulfil", "0.8");
            voids = number(options, "void", "0.05");
            unrouted = number(options, "unrouted", "0");
            rush = number(options, "rush", "0");
            start = options.containsKey("start") ? Long.valueOf(options.get("start")) : numbers.next(storeRef);
            if (start != null && start < 1) {
                throw new IllegalArgumentException("--start must be 1 or more");
            }
            seed = options.containsKey("seed") ? Long.parseLong(options.get("seed")) : new Random().nextLong();
            if (!(rate > 0) || !(seconds > 0)) {
                throw new IllegalArgumentException("--rate and --duration must be positive");
            }
            if (!(fulfil >= 0 && voids >= 0 && unrouted >= 0 && unrouted <= 1 && rush >= 0 && rush <= 1
                    && fulfil + voids <= 1)) {
                throw new IllegalArgumentException("--fulfil, --void, --unrouted and --rush are ratios from 0 to 1, and "
                        + "--fulfil plus --void can be at most 1");
            }
        } catch (IllegalArgumentException e) {
            err.println("saavor-sim: " + (e instanceof NumberFormatException ? "--seed and --start need whole numbers"
                    : e.getMessage()));
            return 2;
        }
        SaavorSimulator.Builder builder = SaavorSimulator.builder(gateway, secret).storeRef(storeRef).seed(seed)
                .unroutedRatio(unrouted).rushRatio(rush).onSent(this::print);
        if (start != null) {
            builder.firstNumber(start);
        }
        try (SaavorSimulator sim = builder.build()) {
            simulator = sim;
            out.printf(Locale.ROOT, "saavor-sim: %s orders/s for %s s to %s, store %s (Ctrl-C stops)%n",
                    plain(rate), plain(seconds), sim.webhook(), storeRef);
            var report = sim.run(rate, Duration.ofMillis(Math.round(seconds * 1000)), fulfil, voids);
            numbers.remember(storeRef, sim.nextNumber());
            out.printf(Locale.ROOT, "saavor-sim: %d orders created, %d fulfilled, %d voided in %.1f s (seed %d)%n",
                    report.created(), report.fulfilled(), report.voided(), report.elapsed().toMillis() / 1000.0, seed);
            String statuses = report.statuses().entrySet().stream().map(e -> e.getValue() + " x " + e.getKey())
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "saavor-sim: responses: %s%s; median %d ms, p99 %d ms; max schedule lag %d ms%n",
                    statuses.isEmpty() ? "none" : statuses,
                    report.failed() > 0 ? "; " + report.failed() + " without a response (" + report.firstFailure() + ")" : "",
                    report.medianResponse().toMillis(), report.p99Response().toMillis(), report.maxScheduleLag().toMillis());
            return report.failed() == 0 && report.accepted() == report.sent() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("saavor-sim: " + e.getMessage());
            return 2;
        }
    }

    private void print(SaavorSimulator.SentEvent sent) {
        SaavorEvent.Order order = sent.event().order();
        String outcome = sent.failure() == null ? "-> " + sent.status() : "-> no response";
        String line = sent.event().type().equals("order.created")
                ? String.format(Locale.ROOT, "#%-5s %-11s %-10s %-7s %s  $%.2f  %s", order.number(), order.id(),
                        order.channel(), order.customerName(), order.lines().stream().map(SaavorSimulatorCli::describe)
                                .collect(Collectors.joining(", ")), SaavorOrderFactory.totalCents(order) / 100.0, outcome)
                : String.format(Locale.ROOT, "#%-5s %-11s %s  %s", order.number(), order.id(),
                        sent.event().type().substring("order.".length()), outcome);
        synchronized (this) {
            out.println(line);
            String problem = explain(sent, order);
            if (problem != null && explained.add(sent.status())) {
                err.println("saavor-sim: " + problem);
            }
        }
    }

    private String explain(SaavorSimulator.SentEvent sent, SaavorEvent.Order order) {
        SaavorSimulator sim = simulator;
        if (sent.failure() != null) {
            if (causedBy(sent.failure(), ConnectException.class)) {
                sim.stop();
                return "cannot connect to the gateway at " + sim.webhook().resolve("/") + ": is it running? "
                        + "Start it with scripts/run (it listens on http://localhost:8080), or pass --gateway.";
            }
            return causedBy(sent.failure(), HttpTimeoutException.class) ? "the gateway did not answer within 10 s"
                    : "no response from the gateway: " + SaavorSimulator.describe(sent.failure());
        }
        String said = message(sent.responseBody());
        return switch (sent.status()) {
            case 401 -> {
                sim.stop();
                yield "the gateway refused the signature: is --secret the Saavor secret the gateway printed at first "
                        + "start (or its PREPTABLE_SAAVOR_SECRET)?";
            }
            case 404, 422 -> {
                sim.stop();
                yield "the gateway answered " + sent.status() + (said.isEmpty() ? "" : " (" + said.substring(2) + ")")
                        + ". Check --store-ref ('" + sent.event().storeRef() + "'): it must be a location's "
                        + "saavor_store_ref (the demo's Harlingen is harlingen-main)."
                        + (said.isEmpty() ? " Or is the gateway older than its Saavor webhook?" : "");
            }
            case 400, 413 -> {
                sim.stop();
                yield "the gateway rejected order #" + order.number() + " as invalid (" + sent.status() + said + ")";
            }
            default -> sent.accepted() ? null : "the gateway answered " + sent.status() + said;
        };
    }

    /** The {@code message} of an error envelope, as {@code ": text"}, or nothing. */
    private static String message(String body) {
        try {
            var message = Json.MAPPER.readTree(body).get("message");
            return message != null && message.isTextual() ? ": " + message.asText() : "";
        } catch (Exception e) {
            return "";
        }
    }

    private static String describe(SaavorEvent.Line line) {
        String modifiers = line.modifiers() == null || line.modifiers().isEmpty() ? ""
                : " (" + String.join(", ", line.modifiers()) + ")";
        return line.quantity() + "x " + line.name() + modifiers + (line.notes() == null ? "" : " [" + line.notes() + "]");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> parse(String[] args) {
        Set<String> known = Set.of("gateway", "secret", "store-ref", "rate", "duration", "fulfil", "void", "unrouted",
                "rush", "start", "seed");
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                options.put("help", "");
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (eq < 0 && i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            options.put(name, eq < 0 ? args[++i] : arg.substring(eq + 1));
        }
        return options;
    }

    private static double number(Map<String, String> options, String name, String fallback) {
        String text = options.getOrDefault(name, fallback);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, got '" + text + "'");
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
