package org.preptable.kiosk.ui;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The new-ticket sound. The default is a short two-tone chime synthesised with {@code javax.sound.sampled}, so
 * there is no audio file to ship and no media module to load; a Pi without a sound device only logs once.
 */
@FunctionalInterface
public interface Chime {

    void play();

    static Chime silent() {
        return () -> { };
    }

    static Chime tone() {
        return new Chime() {
            private final Logger log = LoggerFactory.getLogger(Chime.class);
            private volatile boolean unavailable;

            @Override
            public void play() {
                if (unavailable) {
                    return;
                }
                Thread.ofVirtual().name("chime").start(() -> {
                    float rate = 22_050f;
                    try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(rate, 8, 1, true, false))) {
                        line.open();
                        line.start();
                        byte[] samples = tones(rate, new double[] {880, 1320}, 0.12);
                        line.write(samples, 0, samples.length);
                        line.drain();
                    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                        unavailable = true;
                        log.info("No sound device; new tickets will be silent ({})", e.toString());
                    }
                });
            }
        };
    }

    /** Consecutive sine tones with a short fade, so the chime does not click. */
    private static byte[] tones(float rate, double[] frequencies, double seconds) {
        int perTone = (int) (rate * seconds);
        byte[] out = new byte[perTone * frequencies.length];
        for (int t = 0; t < frequencies.length; t++) {
            for (int i = 0; i < perTone; i++) {
                double fade = Math.min(1, Math.min(i, perTone - i) / (rate * 0.01));
                out[t * perTone + i] = (byte) (Math.sin(2 * Math.PI * frequencies[t] * i / rate) * 90 * fade);
            }
        }
        return out;
    }
}
