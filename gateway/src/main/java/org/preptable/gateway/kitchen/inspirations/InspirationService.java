package org.preptable.gateway.kitchen.inspirations;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Consumer;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.inspirations.InspirationRepository.StationInfo;

/**
 * Menu inspirations (reference §4.11): ten new dish ideas for a station from a language model, told what the station
 * served in the published menus of this week and the two before. Nothing is stored; an idea becomes a dish only
 * when a cook suggests it.
 */
public final class InspirationService {

    /** How many recent dishes the prompt lists at most (the reference's 20). */
    static final int RECENT = 20;

    private final Db db;
    private final KitchenCalendar calendar;
    private final InspirationRepository repository;
    private final AiChat ai;

    InspirationService(Db db, KitchenCalendar calendar, InspirationRepository repository, AiChat ai) {
        this.db = db;
        this.calendar = calendar;
        this.repository = repository;
        this.ai = ai;
    }

    /**
     * The station to inspire: the one asked for, else the caller's own. A caller without a station who names none
     * gets a 400 that says how to name one; an unknown station is a 404.
     */
    public StationInfo station(CurrentUser caller, Long stationId) {
        Long id = stationId != null ? stationId : repository.stationOf(db.pool(), caller.id()).orElse(null);
        if (id == null) {
            throw ApiError.badRequest("Station cannot be null. You are not assigned to a station;"
                    + " name one with ?stationId=");
        }
        return repository.station(db.pool(), id)
                .orElseThrow(() -> ApiError.notFound("Station with ID " + id + " was not found."));
    }

    /** The prompt for the station: its recent dishes are read now. */
    InspirationPrompt prompt(StationInfo station) {
        Week now = calendar.currentWeek();
        List<Week> weeks = List.of(now, Week.of(now.monday().minusWeeks(1)), Week.of(now.monday().minusWeeks(2)));
        return InspirationPrompt.of(station, calendar.today(),
                repository.servedIn(db.pool(), station.id(), weeks, RECENT));
    }

    /** {@code GET /menu-inspirations/daily}: the whole list at once, or a 502. */
    public List<InspiredDish> daily(StationInfo station) {
        InspirationPrompt prompt = prompt(station);
        return ai.complete(prompt.system(), prompt.user(), InspirationPrompt.DISHES);
    }

    /** The streamed list, each dish as soon as it is whole; a failure is a 502 {@link ApiError}. */
    void stream(InspirationPrompt prompt, Consumer<InspiredDish> onDish, Future<Void> clientGone) {
        ai.stream(prompt.system(), prompt.user(), InspirationPrompt.DISHES, onDish, clientGone);
    }
}
