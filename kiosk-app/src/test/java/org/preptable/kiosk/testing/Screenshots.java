package org.preptable.kiosk.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a node's picture to {@code target/} for humans to eyeball; ImageIO only encodes, the pixels are plain ARGB. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Node node, String fileName) throws IOException, ExecutionException, InterruptedException {
        return saveTo(node, Path.of(System.getProperty("basedir", "."), "target", fileName));
    }

    public static Path saveTo(Node node, Path file) throws IOException, ExecutionException, InterruptedException {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
