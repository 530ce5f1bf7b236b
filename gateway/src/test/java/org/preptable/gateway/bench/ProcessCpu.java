package org.preptable.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the gateway's process and by the PostgreSQL server of its data directory (the
 * postmaster and its backends), read from {@code /proc} (Linux). A benchmark divides the difference over a run by the
 * work done: CPU per order holds up far better than rates when something else shares the machine. The same reading
 * as {@code scripts/bench/lib/cpu.sh}.
 */
record ProcessCpu(double gatewaySeconds, double postgresSeconds) {

    private static final double TICKS = 100.0; // USER_HZ: 100 on every Linux this runs on

    static ProcessCpu read(long gatewayPid, Path dataDir) {
        long postmaster = postmaster(dataDir);
        long postgres = 0;
        if (postmaster > 0) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                postgres = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .mapToLong(p -> {
                            long[] stat = stat(Long.parseLong(p.getFileName().toString()));
                            return stat[1] == postmaster || Long.parseLong(p.getFileName().toString()) == postmaster
                                    ? stat[0] : 0;
                        }).sum();
            } catch (IOException e) {
                postgres = 0;
            }
        }
        return new ProcessCpu(stat(gatewayPid)[0] / TICKS, postgres / TICKS);
    }

    /** "CPU per order: gateway x ms, PostgreSQL y ms" from two readings and the work done between them. */
    static String perUnit(ProcessCpu before, ProcessCpu after, long units, String unit) {
        return String.format("CPU per %s: gateway %.2f ms, PostgreSQL %.2f ms (%d %ss)", unit,
                (after.gatewaySeconds - before.gatewaySeconds) * 1000 / Math.max(1, units),
                (after.postgresSeconds - before.postgresSeconds) * 1000 / Math.max(1, units), units, unit);
    }

    /** {utime + stime, ppid} of a process; zeros when it is gone. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, -1};
        }
    }

    private static long postmaster(Path dataDir) {
        try {
            Path pidFile;
            try (Stream<Path> found = Files.walk(dataDir, 3)) {
                pidFile = found.filter(p -> p.getFileName().toString().equals("postmaster.pid")).findFirst()
                        .orElse(null);
            }
            return pidFile == null ? 0 : Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
