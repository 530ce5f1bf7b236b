package org.preptable.bridge.config;

/** The config file is missing, unreadable or wrong; the message names every bad key, ready for the log. */
public final class BridgeConfigException extends RuntimeException {

    public BridgeConfigException(String message) {
        super(message);
    }

    public BridgeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
