package org.preptable.gateway.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(GatewayExtension.class)}: one real gateway with a clean database per test class. Test methods
 * (and constructors, {@code @BeforeEach}/{@code @BeforeAll}) may declare {@link TestGateway} or {@link ApiClient}
 * parameters.
 */
public final class GatewayExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GatewayExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        gateway(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestGateway gateway = context.getStore(NAMESPACE).remove("gateway", TestGateway.class);
        if (gateway != null) {
            gateway.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestGateway.class || type == ApiClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestGateway gateway = gateway(context);
        return parameter.getParameter().getType() == TestGateway.class ? gateway : gateway.client();
    }

    private static TestGateway gateway(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("gateway", key -> TestGateway.start(),
                TestGateway.class);
    }
}
