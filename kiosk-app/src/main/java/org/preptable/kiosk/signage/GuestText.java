package org.preptable.kiosk.signage;

import java.util.Locale;

/**
 * The words a signage screen shows guests, in Danish or English (any other language gets English, the lingua franca
 * of a Danish food court). Kept in one place so a translator changes one file, not the views.
 */
public record GuestText(
        String readyTitle,
        String preparingTitle,
        String readyEmptyHint,
        String moreReady,
        String morePreparing,
        String soldOut,
        String mealsTitle,
        String itemsTitle,
        String defaultMenuTitle,
        String allergensNote,
        String connectionLost,
        String live,
        String offlineSince) {

    private static final GuestText DANISH = new GuestText(
            "Klar til afhentning",
            "Tilberedes",
            "Dit nummer vises her, når maden er klar",
            "+%d flere – spørg ved disken",
            "+%d flere",
            "Udsolgt",
            "Måltider",
            "À la carte",
            "Menu",
            "Tallene angiver allergener. Spørg personalet, hvis du har en allergi.",
            "Forbindelsen er afbrudt – spørg ved disken",
            "Live",
            "Offline siden %s – forbinder igen");

    private static final GuestText ENGLISH = new GuestText(
            "Ready to collect",
            "Preparing",
            "Your number appears here when your order is ready",
            "+%d more – please ask at the counter",
            "+%d more",
            "Sold out",
            "Meals",
            "À la carte",
            "Menu",
            "Numbers mark allergens. Please ask our staff if you have an allergy.",
            "Connection lost – please ask at the counter",
            "Live",
            "Offline since %s – reconnecting");

    public static GuestText forLocale(Locale locale) {
        return "da".equals(locale.getLanguage()) ? DANISH : ENGLISH;
    }

    /** Whether allergen names come from {@code name_da} (else {@code name_en}). */
    public static boolean usesDanishNames(Locale locale) {
        return "da".equals(locale.getLanguage());
    }
}
