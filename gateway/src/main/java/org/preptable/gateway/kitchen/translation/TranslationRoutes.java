package org.preptable.gateway.kitchen.translation;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/** {@code POST /dishes/{id}/translate}: one dish of the bank into English (a deeper path than the bank's routes). */
public final class TranslationRoutes {

    private final DishTranslator translator;
    private final Gates gates;

    public TranslationRoutes(DishTranslator translator, Gates gates) {
        this.translator = translator;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.post("/dishes/:id/translate").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::translateDish);
    }

    private void translateDish(RoutingContext ctx) {
        long id = Params.positiveId(ctx, "id");
        TargetLanguage.requireEnglish(ctx);
        Responses.ok(ctx, translator.translate(id, AuditActor.of(ctx)).view());
    }
}
