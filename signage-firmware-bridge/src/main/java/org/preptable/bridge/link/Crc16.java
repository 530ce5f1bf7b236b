package org.preptable.bridge.link;

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor): the board
 * firmware's frame checksum. Check value: {@code "123456789"} gives {@code 0x29B1}.
 */
public final class Crc16 {

    private static final int POLY = 0x1021;
    private static final int INIT = 0xFFFF;

    private Crc16() {
    }

    public static int of(byte[] data) {
        int crc = INIT;
        for (byte b : data) {
            crc = update(crc, b & 0xFF);
        }
        return crc;
    }

    /** Checksum of text already known to be ASCII, where one char is one byte on the wire. */
    public static int ofAscii(CharSequence ascii) {
        int crc = INIT;
        for (int i = 0; i < ascii.length(); i++) {
            crc = update(crc, ascii.charAt(i) & 0xFF);
        }
        return crc;
    }

    /** The wire spelling: exactly four uppercase hex digits. */
    public static String toHex(int crc) {
        return String.format("%04X", crc & 0xFFFF);
    }

    private static int update(int crc, int octet) {
        crc ^= octet << 8;
        for (int bit = 0; bit < 8; bit++) {
            crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLY : crc << 1;
        }
        return crc & 0xFFFF;
    }
}
