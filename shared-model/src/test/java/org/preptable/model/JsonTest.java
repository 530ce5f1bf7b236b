package org.preptable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Sample(String name, Instant at) {
    }

    @Test
    void writesInstantsAsIsoStrings() {
        String json = Json.write(new Sample("tick", Instant.parse("2026-06-01T11:32:07Z")));
        assertThat(json).isEqualTo("{\"name\":\"tick\",\"at\":\"2026-06-01T11:32:07Z\"}");
    }

    @Test
    void lenientMapperIgnoresNewFieldsButStrictRejectsThem() throws Exception {
        String json = "{\"name\":\"tick\",\"at\":\"2026-06-01T11:32:07Z\",\"added_later\":1}";
        assertThat(Json.MAPPER.readValue(json, Sample.class).name()).isEqualTo("tick");
        assertThatThrownBy(() -> Json.STRICT.readValue(json, Sample.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    record Counted(String name, int count, java.math.BigDecimal quantity, boolean done) {
    }

    @Test
    void strictReadingRefusesNulAndGuessedTypes() throws Exception {
        assertThat(Json.STRICT.readValue("{\"name\":\"ok\",\"count\":2,\"quantity\":1.5,\"done\":true}",
                Counted.class)).isEqualTo(new Counted("ok", 2, new java.math.BigDecimal("1.5"), true));
        assertThatThrownBy(() -> Json.STRICT.readValue("{\"name\":\"a\\u0000b\"}", Counted.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("NUL");
        for (String mistyped : new String[] {"{\"name\":123}", "{\"name\":true}", "{\"count\":\"2\"}",
                "{\"quantity\":\"1.5\"}", "{\"count\":1.5}", "{\"done\":\"true\"}"}) {
            assertThatThrownBy(() -> Json.STRICT.readValue(mistyped, Counted.class)).as(mistyped)
                    .isInstanceOf(MismatchedInputException.class);
        }
        assertThat(Json.MAPPER.readValue("{\"name\":123}", Counted.class).name()).as("lenient for peers' messages")
                .isEqualTo("123");
    }

    @Test
    void errorEnvelopeRoundTrips() throws Exception {
        var envelope = new ErrorEnvelope(404, "User with ID 99 was not found.", "2026-03-27 12:00",
                "/api/v1/users/99", "abc123xy");
        String json = Json.write(envelope);
        assertThat(json).contains("\"statusCode\":404", "\"referenceId\":\"abc123xy\"");
        assertThat(Json.MAPPER.readValue(json, ErrorEnvelope.class)).isEqualTo(envelope);
    }

    @Test
    void formatsBothWireTimes() {
        Instant at = Instant.parse("2026-03-27T11:00:05.123456Z");
        assertThat(WireTime.kitchen(at, ZoneId.of("Europe/Copenhagen"))).isEqualTo("2026-03-27 12:00");
        assertThat(WireTime.rfc3339(at)).isEqualTo("2026-03-27T11:00:05.123Z");
    }
}
