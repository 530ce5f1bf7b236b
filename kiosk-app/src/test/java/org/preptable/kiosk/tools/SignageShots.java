package org.preptable.kiosk.tools;

import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import javafx.scene.Parent;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.signage.CurrentMenu;
import org.preptable.kiosk.signage.SampleMenus;
import org.preptable.kiosk.signage.SignageScreen;
import org.preptable.kiosk.signage.SignageSession;
import org.preptable.kiosk.signage.SignageSettings;

/** The signage screen for {@link KioskScreenshot}: a sample lunch menu and demo orders, or a live gateway. */
final class SignageShots {

    private SignageShots() {
    }

    static Parent build(KioskScreenshot.Options options) throws Exception {
        if (options.gateway != null) {
            Properties p = new Properties();
            p.setProperty(KioskConfig.GATEWAY_URL, options.gateway);
            p.setProperty(KioskConfig.KIOSK_TOKEN, options.token);
            p.setProperty(KioskConfig.MODE, "signage");
            SignageSession session = SignageSession.open(KioskConfig.from(p, "command line"), Clock.systemDefaultZone());
            session.start();
            return session.screen();
        }
        SignageScreen screen = new SignageScreen("Harlingen Main", Clock.systemDefaultZone(), SignageSettings.defaults());
        screen.showMenu(CurrentMenu.parse(SampleMenus.LUNCH));
        screen.showOrders(DemoOrders.lunchRush(Instant.now(), 14));
        screen.showStatus("live");
        return screen;
    }
}
