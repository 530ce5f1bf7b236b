package org.preptable.bridge.link;

/** What a lamp on the board does; the names are the {@code LAMP} verb's arguments on the wire. */
public enum LampState {
    ON, OFF, BLINK
}
