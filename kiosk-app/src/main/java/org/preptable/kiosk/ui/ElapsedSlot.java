package org.preptable.kiosk.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A ticket header's place for the elapsed time. The label inside is unmanaged, so it is a layout root: its text
 * changing every second re-lays out the label alone, not the ticket (a ticket's layout measures the text of every
 * line again, the most expensive part of turning a page). The place takes the label's width and asks the header for
 * more room only when that width changes, which with a font's equal-width digits is when the time gains a digit
 * (9:59 → 10:00 → 1:00:00). FX thread only.
 */
final class ElapsedSlot extends Region {
    private final Label label;

    ElapsedSlot(Label label) {
        this.label = label;
        label.setManaged(false);
        getChildren().add(label);
    }

    void show(String text) {
        label.setText(text);
        fitWidth();
    }

    private void fitWidth() {
        double width = snapSizeX(label.prefWidth(-1));
        if (width != getPrefWidth()) {
            setPrefWidth(width);
            setMinWidth(width);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        fitWidth(); // the stylesheet's font arrives after the first show()
        double height = snapSizeY(label.prefHeight(-1));
        label.resizeRelocate(0, snapPositionY((getHeight() - height) / 2), getWidth(), height);
    }
}
