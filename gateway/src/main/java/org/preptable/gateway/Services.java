package org.preptable.gateway;

import io.vertx.core.Vertx;
import java.time.Duration;
import org.preptable.gateway.auth.Authenticator;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.JwtTokens;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.auth.cache.AuthPropagation;
import org.preptable.gateway.auth.cache.PrincipalCache;
import org.preptable.gateway.auth.throttle.LoginThrottle;
import org.preptable.gateway.auth.passkeys.PasskeyModule;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kds.kiosk.KioskRepository;
import org.preptable.gateway.kds.kiosk.KioskService;
import org.preptable.gateway.kds.screens.ScreenRepository;
import org.preptable.gateway.kitchen.allergens.AllergenRepository;
import org.preptable.gateway.kitchen.allergens.AllergenService;
import org.preptable.gateway.kitchen.stations.StationRepository;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.dishes.DishModule;
import org.preptable.gateway.kitchen.inspirations.InspirationModule;
import org.preptable.gateway.kitchen.requests.RequestModule;
import org.preptable.gateway.kitchen.stations.StationService;
import org.preptable.gateway.kitchen.takeaway.TakeawayModule;
import org.preptable.gateway.kitchen.weeklymenus.MenuModule;
import org.preptable.gateway.ops.OpsModule;
import org.preptable.gateway.ops.locations.LocationRepository;
import org.preptable.gateway.users.UserRepository;
import org.preptable.gateway.users.UserService;

/** The gateway's long-lived collaborators, built once at start-up and shared by every HTTP verticle instance. */
public record Services(Db db, JwtTokens tokens, SessionStore sessions, Gates gates, LoginThrottle loginThrottle,
                       PrincipalCache principals, AuthPropagation authPropagation,
                       UserService users,
                       OpsModule ops, StationService stations, AllergenService allergens, KioskService kiosks,
                       KitchenCalendar calendar, DishModule dishes, MenuModule menus, PasskeyModule passkeys,
                       TakeawayModule takeaway, InspirationModule inspirations, RequestModule requests) {

    /** {@code port}: where the gateway will listen, the passkeys' default origin ({@code http://localhost:<port>}). */
    static Services create(Vertx vertx, Db db, GatewayConfig config, String jwtSecret, int port,
                           PrincipalCache principals) {
        KitchenCalendar calendar = new KitchenCalendar(config.clock(), config.kitchenZone());
        JwtTokens tokens = new JwtTokens(vertx, jwtSecret);
        SessionStore sessions = new SessionStore();
        Authenticator authenticator = new Authenticator(db, tokens, sessions, principals,
                config.publicUrl().map(Authenticator::originOf));
        AuthPropagation propagation = new AuthPropagation(db);
        LoginThrottle loginThrottle = new LoginThrottle(vertx, db, config.loginProtection(), config.clock());
        return new Services(db, tokens, sessions, new Gates(authenticator), loginThrottle, principals, propagation,
                new UserService(vertx, db, new UserRepository(), loginThrottle, config.passkeyOnlyRoles(),
                        propagation),
                OpsModule.create(db, config),
                new StationService(db, new StationRepository()), new AllergenService(db, new AllergenRepository()),
                new KioskService(db, new KioskRepository(), new UserRepository(), new LocationRepository(), sessions,
                        new ScreenRepository(), Duration.ofHours(config.kioskSessionHours()), propagation),
                calendar, DishModule.create(db, calendar), MenuModule.create(vertx, db, calendar, config),
                PasskeyModule.create(vertx, db, config, port, sessions, loginThrottle),
                TakeawayModule.create(db, calendar), InspirationModule.create(vertx, db, calendar, config),
                RequestModule.create(vertx, db, calendar, config));
    }
}
