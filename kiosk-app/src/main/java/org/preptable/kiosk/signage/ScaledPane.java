package org.preptable.kiosk.signage;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Lays its one child out at a logical size and scales it to the space it gets, so a board designed for one size
 * reads the same on another:
 * <ul>
 *   <li>{@link #designedFor} scales up or down from a design size (1920×1080), keeping proportions; extra width or
 *   height on another aspect ratio becomes extra logical room instead of black bars;</li>
 *   <li>{@link #shrinkToFit} keeps 1:1 until the child's content would overflow the height, then shrinks it just
 *   enough (a long menu gets smaller type instead of being cut off).</li>
 * </ul>
 */
public final class ScaledPane extends Region {

    private static final double MIN_SCALE = 0.4;

    private final Node child;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final double designWidth;
    private final double designHeight;

    private ScaledPane(Node child, double designWidth, double designHeight) {
        this.child = child;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        child.getTransforms().add(scale);
        getChildren().add(child);
        // Scaled content is laid out larger than this region; clipping keeps it from painting over neighbours.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    public static ScaledPane designedFor(Node child, double width, double height) {
        return new ScaledPane(child, width, height);
    }

    public static ScaledPane shrinkToFit(Node child) {
        return new ScaledPane(child, 0, 0);
    }

    /** The factor applied at the last layout; 1 means unscaled. */
    public double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double factor = designWidth > 0 ? Math.min(width / designWidth, height / designHeight) : fitFactor(width, height);
        scale.setX(factor);
        scale.setY(factor);
        child.resizeRelocate(0, 0, width / factor, height / factor);
    }

    // Shrinks in small steps: text wraps differently at each width, so the height is not proportional to the scale.
    private double fitFactor(double width, double height) {
        double factor = 1;
        while (factor > MIN_SCALE && child.prefHeight(width / factor) * factor > height) {
            factor -= 0.04;
        }
        return Math.max(factor, MIN_SCALE);
    }

    @Override
    protected double computePrefWidth(double height) {
        return designWidth > 0 ? designWidth : child.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return designHeight > 0 ? designHeight : child.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
