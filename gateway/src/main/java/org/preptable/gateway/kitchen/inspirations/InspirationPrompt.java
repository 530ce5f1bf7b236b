package org.preptable.gateway.kitchen.inspirations;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.preptable.gateway.kitchen.inspirations.InspirationRepository.StationInfo;

/**
 * The words sent to the model (reference §5): a canteen of 400–500 covers, the station, the season, the dishes it
 * served lately (not to be repeated), sustainability and price rules, and the answer's exact form — a raw JSON array
 * of ten {@code {nameDA, descriptionDA}} in Danish, using only the characters the dish bank accepts.
 */
record InspirationPrompt(String system, String user) {

    static final int DISHES = 10;

    static InspirationPrompt of(StationInfo station, LocalDate today, List<InspiredDish> recent) {
        String system = """
                Du er køkkenchef og menuplanlægger i en dansk kantine med 400-500 kuverter om dagen.
                Du foreslår retter der er sæsonbetonede, lokale og plantefremadrettede (ISO 14001), uden dyre råvarer,
                og som passer til den køkkenstation de er til. Du svarer kun med rå JSON, uden forklaring og uden
                markdown.""";
        String served = recent.isEmpty() ? "ingen registrerede retter"
                : recent.stream().map(dish -> "- " + dish.nameDa() + ": " + dish.descriptionDa())
                        .collect(Collectors.joining("\n"));
        String user = """
                Køkkenstation: %s (%s).
                Dato: %s, %s.
                Retter stationen har serveret de seneste uger (gentag dem ikke):
                %s

                Foreslå præcis %d nye retter til stationen. Svar med et JSON-array af præcis %d objekter med
                felterne "nameDA" (rettens navn, 2-100 tegn) og "descriptionDA" (én sætning, 5-200 tegn), på dansk.
                Brug kun bogstaver, tal, mellemrum og tegnene & , - . ( ) : i teksterne."""
                .formatted(station.name(), station.description(), today,
                        today.getMonth().getDisplayName(TextStyle.FULL, Locale.of("da")), served, DISHES, DISHES);
        return new InspirationPrompt(system, user);
    }
}
