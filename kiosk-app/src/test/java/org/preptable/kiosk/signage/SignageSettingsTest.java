package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.config.KioskConfigException;

class SignageSettingsTest {

    @Test
    void defaultsAreDanishKronerAndAMinute() {
        SignageSettings settings = SignageSettings.from(new Properties(), "kiosk.properties");

        assertThat(settings.locale()).isEqualTo(Locale.forLanguageTag("da-DK"));
        assertThat(settings.currency()).isEqualTo(Currency.getInstance("DKK"));
        assertThat(settings.menuRefresh()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings).isEqualTo(SignageSettings.defaults());
    }

    @Test
    void readsTheSignageKeys() {
        Properties properties = new Properties();
        properties.setProperty("signage.locale", " en-GB ");
        properties.setProperty("signage.currency", "eur");
        properties.setProperty("signage.menu_refresh_seconds", "300");
        SignageSettings settings = SignageSettings.from(properties, "kiosk.properties");

        assertThat(settings.locale()).isEqualTo(Locale.UK);
        assertThat(settings.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(settings.menuRefresh()).isEqualTo(Duration.ofMinutes(5));
        assertThat(GuestText.forLocale(settings.locale()).readyTitle()).isEqualTo("Ready to collect");
    }

    @Test
    void comeFromTheKioskConfigFile() {
        Properties properties = new Properties();
        properties.setProperty(KioskConfig.GATEWAY_URL, "http://gateway.local:8080");
        properties.setProperty(KioskConfig.KIOSK_TOKEN, "token");
        properties.setProperty(KioskConfig.MODE, "signage");
        properties.setProperty("signage.locale", "en-US");
        properties.setProperty("signage.currency", "USD");
        KioskConfig config = KioskConfig.from(properties, "kiosk.properties");

        SignageSettings settings = config.signage();
        assertThat(config.mode()).isEqualTo(KioskConfig.Mode.SIGNAGE);
        assertThat(new MenuFormat(settings.locale(), settings.currency()).price(1250L)).isEqualTo("$12.50");

        properties.setProperty("signage.currency", "dollars");
        assertThatThrownBy(() -> KioskConfig.from(properties, "x"))
                .as("the kiosk's config reports signage mistakes with the rest")
                .hasMessageStartingWith("Kiosk config file x: signage.currency");
    }

    @Test
    void reportsEveryWrongKeyAtOnce() {
        Properties properties = new Properties();
        properties.setProperty("signage.locale", "not a locale!");
        properties.setProperty("signage.currency", "KRONER");
        properties.setProperty("signage.menu_refresh_seconds", "5");

        assertThatThrownBy(() -> SignageSettings.from(properties, "/etc/preptable/kiosk.properties"))
                .isInstanceOf(KioskConfigException.class)
                .hasMessageContaining("/etc/preptable/kiosk.properties")
                .hasMessageContaining("signage.locale").hasMessageContaining("signage.currency")
                .hasMessageContaining("signage.menu_refresh_seconds");
    }
}
