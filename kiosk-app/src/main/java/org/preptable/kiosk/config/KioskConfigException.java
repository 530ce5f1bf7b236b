package org.preptable.kiosk.config;

/** The kiosk's config file is missing, unreadable or wrong; the message says which key and which file. */
public class KioskConfigException extends RuntimeException {

    public KioskConfigException(String message) {
        super(message);
    }

    public KioskConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
