package org.preptable.kiosk.signage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.preptable.kiosk.config.KioskConfigException;
import org.preptable.model.device.Settings;

/**
 * How a signage screen talks to guests and how often it re-checks the menu, from the kiosk's config file (read from
 * {@code KioskConfig.properties()}, as the printer and input settings are):
 * <pre>
 * signage.locale               = da-DK   (BCP 47; guest words, number and time formats, allergen names da/en)
 * signage.currency             = DKK     (ISO 4217; the gateway sends bare integer cents)
 * signage.menu_refresh_seconds = 60      (10–3600; re-reads /menu/current so dayparts turn over on time)
 * </pre>
 *
 * @param retryFirst the first pause after a failed menu fetch; doubled per failure up to {@code retryMax}
 */
public record SignageSettings(Locale locale, Currency currency, Duration menuRefresh, Duration retryFirst,
                              Duration retryMax) {

    public static final String LOCALE = "signage.locale";
    public static final String CURRENCY = "signage.currency";
    public static final String MENU_REFRESH_SECONDS = "signage.menu_refresh_seconds";

    /** Danish kroner and Danish words: PrepTable is a Danish product and its allergen table is Danish first. */
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("da-DK");
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("DKK");
    public static final Duration DEFAULT_MENU_REFRESH = Duration.ofSeconds(60);

    public SignageSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(currency, "currency");
        requirePositive(menuRefresh, "menuRefresh");
        requirePositive(retryFirst, "retryFirst");
        requirePositive(retryMax, "retryMax");
    }

    public static SignageSettings defaults() {
        return new SignageSettings(DEFAULT_LOCALE, DEFAULT_CURRENCY, DEFAULT_MENU_REFRESH, Duration.ofSeconds(1),
                Duration.ofSeconds(60));
    }

    /**
     * Reads the {@code signage.*} keys, reporting every problem at once as {@code KioskConfig} does.
     *
     * @param source the file, for the message; null when unknown
     */
    public static SignageSettings from(Properties properties, String source) {
        List<String> problems = new ArrayList<>();
        SignageSettings settings = from(properties, problems);
        if (!problems.isEmpty()) {
            throw new KioskConfigException((source == null ? "Kiosk config: " : "Kiosk config file " + source + ": ")
                    + String.join("; ", problems));
        }
        return settings;
    }

    /** Reads the {@code signage.*} keys, appending each problem to {@code problems} (defaults stand in for them). */
    public static SignageSettings from(Properties properties, List<String> problems) {
        Locale locale = DEFAULT_LOCALE;
        String localeText = Settings.value(properties, LOCALE);
        if (!localeText.isEmpty()) {
            try {
                locale = new Locale.Builder().setLanguageTag(localeText).build();
                if (locale.getLanguage().isEmpty()) {
                    problems.add(LOCALE + " must name a language, e.g. da-DK or en-GB, was '" + localeText + "'");
                }
            } catch (IllformedLocaleException e) {
                problems.add(LOCALE + " must be a language tag like da-DK or en-GB, was '" + localeText + "'");
            }
        }
        Currency currency = DEFAULT_CURRENCY;
        String currencyText = Settings.value(properties, CURRENCY);
        if (!currencyText.isEmpty()) {
            try {
                currency = Currency.getInstance(currencyText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(CURRENCY + " must be an ISO 4217 code like DKK or EUR, was '" + currencyText + "'");
            }
        }
        Duration refresh = Duration.ofSeconds(Settings.intIn(properties, MENU_REFRESH_SECONDS, 10, 3600,
                (int) DEFAULT_MENU_REFRESH.toSeconds(), problems));
        SignageSettings defaults = defaults();
        return new SignageSettings(locale, currency, refresh, defaults.retryFirst(), defaults.retryMax());
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
