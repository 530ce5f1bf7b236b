package org.preptable.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.contract.ContractFixtures.Caller;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.ContractShapes;
import org.preptable.gateway.testing.ContractShapes.Operation;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * The role × route matrix, generated from the contract: every operation is called by nobody, by each role of
 * both dialects and by a kiosk session. A caller the operation's {@code x-preptable-roles} leaves out gets 401
 * (nobody) or 403; an admitted caller never does. Location-scoped operations are also called, by the roles held
 * to their locations (manager, kiosk), for the location outside their scope: writes answer 403, reads leave the
 * other location's rows out.
 */
@ExtendWith(GatewayExtension.class)
class RoleMatrixTest {

    @Test
    void everyOperationAdmitsExactlyItsRoles(TestGateway gateway) {
        ContractFixtures fixtures = new ContractFixtures(gateway);
        OperationCalls calls = new OperationCalls(fixtures);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        List<Operation> operations = new ArrayList<>(ContractShapes.all());
        // Calls that may end a session (logout) or revoke a kiosk's (token rotation) go last, with fresh callers.
        operations.sort(Comparator.comparing(OperationCalls::unsettling));
        boolean unsettled = false;
        for (Operation op : operations) {
            JsonNode roles = op.node().get("x-preptable-roles");
            boolean signed = op.node().path("security").toString().contains("saavorSignature");
            if (unsettled) {
                fixtures.refreshCallers(); // the previous operation may have ended sessions (logout, rotation)
            }
            unsettled = OperationCalls.unsettling(op) && op.method().equals("POST");
            List<Caller> callers = new ArrayList<>(List.of(Caller.values()));
            // Refused callers first: an admitted one may end the others' sessions (rotating every kiosk token).
            callers.sort(Comparator.comparing(caller -> roles == null || ContractFixtures.admits(roles, caller)));
            for (Caller caller : callers) {
                if (signed) {
                    continue; // the webhook's way in is its signature: WebhookSignatureTest and the hostile run
                }
                boolean admitted = roles == null || ContractFixtures.admits(roles, caller);
                ApiResponse answer = fixtures.client(caller).send(op.method(), calls.path(op, caller, false),
                        calls.body(op, false));
                requests++;
                int status = answer.status();
                String call = op.id() + " as " + caller + " answered " + status;
                if (admitted && (status == 401 || status == 403)) {
                    wrong.add(call + " although its roles " + roles + " admit it: " + answer.body());
                } else if (!admitted && caller == Caller.NOBODY && status != 401) {
                    wrong.add(call + ", expected 401: " + answer.body());
                } else if (!admitted && caller != Caller.NOBODY && status != 403) {
                    wrong.add(call + ", expected 403 (roles " + roles + "): " + answer.body());
                }
                if (admitted && scoped(op, caller)) {
                    requests++;
                    outsideScope(op, caller, fixtures, calls, wrong);
                }
            }
        }
        assertThat(wrong).as("answers that break the contract's role rules").isEmpty();
        assertThat(requests).as("requests sent").isGreaterThan(ContractShapes.all().size() * 5);
    }

    /** Managers and kiosks are held to their locations; admins and staff act everywhere (seed 002). */
    private static boolean scoped(Operation op, Caller caller) {
        JsonNode scope = OperationCalls.scope(op);
        return (caller == Caller.MANAGER || caller == Caller.KIOSK) && scope.has("from");
    }

    private static void outsideScope(Operation op, Caller caller, ContractFixtures fixtures, OperationCalls calls,
                                     List<String> wrong) {
        String mode = OperationCalls.scope(op).path("mode").asText();
        ApiResponse answer = fixtures.client(caller).send(op.method(), calls.path(op, caller, true),
                calls.body(op, true));
        String call = op.id() + " as " + caller + " for the location outside its scope answered " + answer.status();
        if (mode.equals("write") && answer.status() != 403) {
            wrong.add(call + ", expected 403: " + answer.body());
        } else if (mode.equals("read") && !leavesOut(answer, fixtures)) {
            wrong.add(call + " with the other location's rows: " + answer.body());
        }
    }

    /** A read outside the scope shows nothing of the other location: a 404, or a 200 with no row of it. */
    private static boolean leavesOut(ApiResponse answer, ContractFixtures fixtures) {
        if (answer.status() == 404) {
            return true;
        }
        if (answer.status() != 200) {
            return false;
        }
        JsonNode body = answer.json();
        if (body.isArray()) {
            return body.isEmpty();
        }
        for (JsonNode value : body) {
            if (value.isArray() && !value.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
