package org.preptable.gateway.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.stations.Station;
import org.preptable.gateway.kitchen.stations.StationInput;
import org.preptable.gateway.kitchen.stations.StationRepository;
import org.preptable.gateway.kitchen.stations.StationService;

/** The demo kitchen's stations, each with the POS item codes it prepares, so demo orders reach a screen. */
final class DemoStations {

    private record DemoStation(String name, String description, List<String> itemCodes) {
    }

    private static final List<DemoStation> STATIONS = List.of(
            new DemoStation("Hot Kitchen", "Burgers, soups and hot mains",
                    List.of("BRG-CLS", "BRG-CHS", "BRG-VEG", "SOUP", "BRK-SAN", "BRK-PAN")),
            new DemoStation("Cold Kitchen", "Salads & starters", List.of("SAL-CSR", "SAL-GRK")),
            new DemoStation("Pastry", "Desserts & cakes", List.of("DES-CHOC", "DES-CAKE")),
            new DemoStation("Grill", "Steaks & grilled chicken", List.of("STK-RIB", "CHK-GRL")),
            new DemoStation("Expo", "The pass: fries, drinks and a last look at every order",
                    List.of("FRY", "DRK-COLA", "DRK-WTR")));

    private DemoStations() {
    }

    /** Creates the stations through the same rules and audit as the API; returns their ids by name. */
    static Map<String, Long> load(Db db) {
        AuditActor actor = AuditActor.system("demo data");
        StationService stations = new StationService(db, new StationRepository());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoStation demo : STATIONS) {
            Station station = stations.create(new StationInput(demo.name(), demo.description()), actor);
            stations.replaceItemCodes(station.id(), demo.itemCodes(), actor);
            ids.put(station.name(), station.id());
        }
        return ids;
    }
}
