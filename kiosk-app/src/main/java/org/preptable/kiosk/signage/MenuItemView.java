package org.preptable.kiosk.signage;

import java.util.Comparator;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.signage.CurrentMenu.Item;
import org.preptable.model.kds.KitchenOrder.LineAllergen;

/**
 * One dish on the menu board: name and price on one line (dot leaders are left to the CSS border), the description
 * under it, then its allergens as numbered chips with their names, so a guest needs no legend. A sold-out dish stays
 * on the board, dimmed, with "Sold out" where the price was: guests who came for it learn why they cannot order it.
 */
public final class MenuItemView extends VBox {

    private final Item item;

    public MenuItemView(Item item, MenuFormat format, GuestText text) {
        this.item = item;
        getStyleClass().addAll("menu-item", item.isMeal() ? "kind-meal" : "kind-item");
        setUserData(item.placementId());

        Label name = label(item.name().strip(), "item-name");
        name.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(name, Priority.SOMETIMES);
        Label price;
        if (item.isAvailable()) {
            price = label(format.price(item.priceCents()), "item-price");
        } else {
            getStyleClass().add("sold-out");
            price = label(text.soldOut(), "sold-out-badge");
        }
        // The price never wraps or turns into "...": the name wraps instead.
        price.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, name, spacer, price);
        top.setAlignment(Pos.BASELINE_LEFT);
        top.getStyleClass().add("item-top");
        getChildren().add(top);

        if (item.description() != null && !item.description().isBlank()) {
            Label description = label(item.description().strip(), "item-description");
            description.setWrapText(true);
            getChildren().add(description);
        }
        if (!item.allergens().isEmpty()) {
            FlowPane allergens = new FlowPane();
            allergens.getStyleClass().add("item-allergens");
            item.allergens().stream().sorted(Comparator.comparingInt(LineAllergen::displayNumber))
                    .map(allergen -> chip(allergen, format)).forEach(allergens.getChildren()::add);
            getChildren().add(allergens);
        }
    }

    public Item item() {
        return item;
    }

    private static Label chip(LineAllergen allergen, MenuFormat format) {
        Label number = label(Integer.toString(allergen.displayNumber()), "allergen-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label chip = label(format.allergenName(allergen), "allergen");
        chip.setGraphic(number);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
