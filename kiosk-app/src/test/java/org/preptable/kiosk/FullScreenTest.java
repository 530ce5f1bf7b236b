package org.preptable.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: on plain X without a window manager the kiosk opened a 1280×720 window. {@link KioskApp#fillScreen}
 * places an undecorated stage on the screen's bounds itself, so it fills the screen whether or not anything honours
 * full-screen mode, and Esc cannot leave it.
 */
@ExtendWith(ApplicationExtension.class)
class FullScreenTest {

    @Test
    void theStageCoversTheWholePrimaryScreenUndecoratedWithNoExitKey() throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            KioskApp.fillScreen(s, Screen.getPrimary().getBounds());
            s.setScene(new Scene(new Pane()));
            s.show();
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertThat(WaitForAsyncUtils.asyncFx(() -> new double[] {stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()}).get()).containsExactly(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                        screen.getHeight());
        assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(stage.getFullScreenExitHint()).isEmpty();
        WaitForAsyncUtils.asyncFx(stage::hide).get();
    }

    @Test
    void aScreenThatIsNotAtTheOriginIsCoveredWhereItIs() throws Exception {
        Rectangle2D second = new Rectangle2D(1920, 0, 1080, 1920); // a portrait screen right of another
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            KioskApp.fillScreen(s, second);
            return s;
        }).get();

        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(1920, 0, 1080, 1920);
    }
}
