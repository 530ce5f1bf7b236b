package org.preptable.gateway.kitchen.weeklymenus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.model.WireTime;

/**
 * A weekly menu with its slots, in the order menus print them (Monday to Sunday, then station id, then slot id).
 *
 * @param publishedBy who published it; null while it is a draft
 */
public record WeeklyMenu(long id, int week, int year, MenuStatus status, Instant publishedAt, Person publishedBy,
                         List<MenuSlot> slots) {

    /** DRAFT until published; published is final. */
    public enum MenuStatus { DRAFT, PUBLISHED }

    /** A user as the kitchen-planning dialect shows one: their number and name. */
    public record Person(long number, String firstName, String lastName) {

        Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", number);
            view.put("firstName", firstName);
            view.put("lastName", lastName);
            return view;
        }
    }

    public KitchenCalendar.Week isoWeek() {
        return new KitchenCalendar.Week(week, year);
    }

    public boolean published() {
        return status == MenuStatus.PUBLISHED;
    }

    public Optional<MenuSlot> slot(long slotId) {
        return slots.stream().filter(slot -> slot.id() == slotId).findFirst();
    }

    /** The distinct dishes placed on the menu, in slot order. */
    public List<MenuDish> dishes() {
        Map<Long, MenuDish> dishes = new LinkedHashMap<>();
        slots.stream().map(MenuSlot::dish).filter(java.util.Objects::nonNull)
                .forEach(dish -> dishes.putIfAbsent(dish.id(), dish));
        return List.copyOf(dishes.values());
    }

    /** The reference's WeeklyMenuDTO; {@code menuCreatedBy} is the publisher, as there. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("menuId", id);
        view.put("weekNumber", week);
        view.put("year", year);
        view.put("menuStatus", status.name());
        view.put("publishedAt", publishedAt == null ? null : WireTime.kitchen(publishedAt, ZoneId.systemDefault()));
        view.put("menuCreatedBy", publishedBy == null ? null : publishedBy.view());
        view.put("menuSlots", slots.stream().map(MenuSlot::view).toList());
        view.put("numberOfSlots", slots.size());
        return view;
    }

    /** What the audit log keeps of the menu itself. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("week_number", week);
        fields.put("year", year);
        fields.put("status", status.name());
        fields.put("published_at", publishedAt == null ? null : publishedAt.toString());
        fields.put("published_by", publishedBy == null ? null : publishedBy.number());
        return fields;
    }
}
