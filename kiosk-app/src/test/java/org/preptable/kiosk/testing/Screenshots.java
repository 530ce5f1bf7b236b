package org.preptable.kiosk.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a node's picture to {@code target/} for humans to eyeball. A scale above 1 draws text and shapes again at
 * the larger size (not blown-up pixels), so a 1280×720 test scene gives a true 1920×1080 image at 1.5. ImageIO only
 * encodes; the pixels are plain ARGB.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Node node, String fileName) throws IOException, ExecutionException, InterruptedException {
        return save(node, fileName, 1);
    }

    public static Path save(Node node, String fileName, double scale)
            throws IOException, ExecutionException, InterruptedException {
        return saveTo(node, Path.of(System.getProperty("basedir", "."), "target", fileName), scale);
    }

    public static Path saveTo(Node node, Path file, double scale)
            throws IOException, ExecutionException, InterruptedException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(parameters, null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        return file;
    }
}
