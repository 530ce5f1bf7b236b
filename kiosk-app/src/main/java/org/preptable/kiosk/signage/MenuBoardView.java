package org.preptable.kiosk.signage;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.signage.CurrentMenu.Item;

/**
 * The guest menu: the daypart's name and hours as a header, then meals and single items in two columns each, then a
 * one-line allergen note. Items keep the gateway's order (its placement order is the menu's intended order). Content
 * that would overflow the screen is shrunk to fit rather than cut off. FX thread only.
 */
public final class MenuBoardView extends VBox {

    static final int COLUMNS = 2;

    private final MenuFormat format;
    private final GuestText text;
    private final Label title = label("", "menu-title");
    private final Label hours = label("", "menu-hours");
    private final VBox sections = new VBox();
    private final Label allergenNote = label("", "allergen-note");
    private CurrentMenu menu;

    public MenuBoardView(MenuFormat format, GuestText text) {
        this.format = format;
        this.text = text;
        getStyleClass().add("menu-board");
        getStylesheets().add(SignageScreen.stylesheet());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        hours.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(24, title, spacer, hours);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("menu-header");
        sections.getStyleClass().add("menu-sections");
        ScaledPane body = ScaledPane.shrinkToFit(sections);
        VBox.setVgrow(body, Priority.ALWAYS);
        allergenNote.setWrapText(true);
        getChildren().addAll(header, body, allergenNote);
    }

    public void show(CurrentMenu current) {
        menu = current;
        boolean hasDaypart = current.daypart() != null && current.daypart().name() != null
                && !current.daypart().name().isBlank();
        title.setText(hasDaypart ? current.daypart().name().strip() : text.defaultMenuTitle());
        hours.setText(format.hours(current.daypart()));
        List<Item> meals = current.items().stream().filter(Item::isMeal).toList();
        List<Item> singles = current.items().stream().filter(item -> !item.isMeal()).toList();
        // Section titles only help when there are two kinds to tell apart.
        boolean titled = !meals.isEmpty() && !singles.isEmpty();
        sections.getChildren().clear();
        addSection(meals, titled ? text.mealsTitle() : null, "meals");
        addSection(singles, titled ? text.itemsTitle() : null, "singles");
        boolean anyAllergens = current.items().stream().anyMatch(item -> !item.allergens().isEmpty());
        allergenNote.setText(anyAllergens ? text.allergensNote() : "");
        allergenNote.setVisible(anyAllergens);
        allergenNote.setManaged(anyAllergens);
    }

    public CurrentMenu menu() {
        return menu;
    }

    private void addSection(List<Item> items, String sectionTitle, String styleClass) {
        if (items.isEmpty()) {
            return;
        }
        VBox section = new VBox();
        section.getStyleClass().addAll("menu-section", styleClass);
        if (sectionTitle != null) {
            section.getChildren().add(label(sectionTitle, "section-title"));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("menu-grid");
        for (int column = 0; column < COLUMNS; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / COLUMNS);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        // Row by row, so the menu reads left-to-right like a printed one.
        for (int i = 0; i < items.size(); i++) {
            MenuItemView view = new MenuItemView(items.get(i), format, text);
            view.setMaxWidth(Double.MAX_VALUE);
            grid.add(view, i % COLUMNS, i / COLUMNS);
        }
        section.getChildren().add(grid);
        sections.getChildren().add(section);
    }

    private static Label label(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
