package org.preptable.gateway.kitchen.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.approve;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.brief;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.json;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.socket;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.stream;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.suggest;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;
import org.preptable.gateway.testing.WsClient;

/** Two gateways on one database, as behind a load balancer: every client hears every notification once. */
class NotificationMultiGatewayTest {

    @Test
    void aNotificationCommittedOnOneGatewayReachesEveryClientOnBothOnce() throws Exception {
        try (TestGateway first = TestGateway.start();
             TestGateway second = TestGateway.startOn(first.database(), Map.of())) {
            ApiClient onFirst = first.client();
            ApiClient onSecond = second.client();
            TestUser chef = onFirst.admin();
            TestUser cook = onFirst.newUser("LINE_COOK");
            var station = onFirst.as(chef).post("/stations", Map.of("name", "Hot Kitchen", "description", "Mains"));
            long stationId = station.json().get("id").asLong();
            LocalDate today = LocalDate.now();

            try (WsClient chefOnFirst = socket(onFirst, chef);
                 WsClient chefOnSecond = socket(onSecond, chef);
                 WsClient cookOnFirst = socket(onFirst, cook);
                 WsClient cookOnSecond = socket(onSecond, cook);
                 SseClient cookStreamOnSecond = stream(onSecond, cook, null)) {
                assertThat(cookStreamOnSecond.status()).isEqualTo(200);
                long id = suggest(onFirst.as(cook), stationId, "Stegt flæsk", today); // committed on the first
                approve(onSecond.as(chef), id);                                     // decided on the second

                for (WsClient chefTab : new WsClient[] {chefOnFirst, chefOnSecond}) {
                    assertThat(brief(json(chefTab.next(5)))).isEqualTo("NEW_DISH_SUGGESTION " + id);
                    assertThat(brief(json(chefTab.next(5)))).isEqualTo("PENDING_COUNT_UPDATED count=0");
                }
                assertThat(brief(json(cookOnFirst.next(5)))).isEqualTo("SUGGESTION_APPROVED " + id);
                assertThat(brief(json(cookOnSecond.next(5)))).isEqualTo("SUGGESTION_APPROVED " + id);
                assertThat(brief(json(cookStreamOnSecond.next(5)))).isEqualTo("SUGGESTION_APPROVED " + id);

                assertThat(chefOnFirst.drain(500)).as("once each").isEmpty();
                assertThat(chefOnSecond.drain(0)).isEmpty();
                assertThat(cookOnFirst.drain(0)).isEmpty();
                assertThat(cookOnSecond.drain(0)).isEmpty();
                assertThat(cookStreamOnSecond.drain(0)).isEmpty();
            }
        }
    }
}
