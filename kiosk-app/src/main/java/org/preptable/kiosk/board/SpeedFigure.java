package org.preptable.kiosk.board;

/**
 * One line of the all-day panel's speed of service: today's median time from a ticket arriving to ready, for a
 * station (or, on expo, for each station), over {@code count} tickets.
 *
 * @param label      what the figure is for ("Grill")
 * @param p50Seconds the median queued → ready time in seconds
 */
public record SpeedFigure(String label, long p50Seconds, long count) {
}
