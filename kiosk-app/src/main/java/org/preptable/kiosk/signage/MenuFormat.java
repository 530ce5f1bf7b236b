package org.preptable.kiosk.signage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.preptable.kiosk.signage.CurrentMenu.Daypart;
import org.preptable.model.kds.KitchenOrder.LineAllergen;

/**
 * Turns the menu's wire values into what a guest reads: prices from integer cents in the configured currency and
 * locale ({@code 89 kr.}, {@code 32,50 kr.}), daypart hours ({@code 11.00–14.30}) and allergen names.
 */
public final class MenuFormat {

    private final Locale locale;
    private final Currency currency;
    private final DateTimeFormatter time;

    public MenuFormat(Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /**
     * A price as menus print it: whole amounts without decimals ({@code 89 kr.}), others with the currency's usual
     * digits ({@code 32,50 kr.}). Null (a placement without a price) shows nothing rather than "0 kr.".
     */
    public String price(Long cents) {
        if (cents == null) {
            return "";
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : digits);
        format.setMaximumFractionDigits(whole ? 0 : Math.max(digits, 2));
        return format.format(amount);
    }

    /** {@code 11.00–14.30} (Danish) or {@code 11:00 AM–2:30 PM} (US); empty when the daypart gives no usable times. */
    public String hours(Daypart daypart) {
        if (daypart == null) {
            return "";
        }
        Optional<LocalTime> start = daypart.start();
        Optional<LocalTime> end = daypart.end();
        if (start.isEmpty() && end.isEmpty()) {
            return "";
        }
        return start.map(time::format).orElse("") + "–" + end.map(time::format).orElse("");
    }

    /** The allergen's name in the screen's language, falling back to the other one rather than showing nothing. */
    public String allergenName(LineAllergen allergen) {
        String danish = allergen.nameDa() == null ? "" : allergen.nameDa().strip();
        String english = allergen.nameEn() == null ? "" : allergen.nameEn().strip();
        if (GuestText.usesDanishNames(locale)) {
            return danish.isEmpty() ? english : danish;
        }
        return english.isEmpty() ? danish : english;
    }

    public Locale locale() {
        return locale;
    }
}
