package org.preptable.kiosk.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.util.WaitForAsyncUtils;

/** What a screen shows, as label texts: the tests against a real gateway read tickets this way. */
public final class ScreenLabels {

    private ScreenLabels() {
    }

    /** The texts of the visible labels under {@code root} matching {@code query}; call on the FX thread. */
    public static List<String> texts(Node root, String query) {
        return root.lookupAll(query).stream().filter(n -> n instanceof Label && visible(n))
                .map(n -> ((Label) n).getText()).toList();
    }

    /** {@link #texts} from the test thread: read on the FX thread once pending events have run. */
    public static List<String> read(Node root, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(() -> texts(root, query)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading " + query + " on the FX thread failed", e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it and what it queued. */
    public static void fx(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible and on the shown page (other pages are moved off the board, not hidden). */
    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getTranslateX() != 0) {
                return false;
            }
        }
        return true;
    }
}
