package org.preptable.bridge.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.provider.Provider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;

/**
 * Builds the one Pi4J {@link Context} of the bridge with exactly the providers named in config, never
 * {@code Pi4J.newAutoContext()}: off a Pi that quietly loads mock providers, and a counter whose lamps and buttons
 * do nothing must fail at start-up instead.
 */
final class Pi4jProviders {

    // The mock plugin is a test dependency, so it is looked up by name instead of linked.
    private static final String MOCK_INPUT = "com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider";
    private static final String MOCK_OUTPUT = "com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider";

    private Pi4jProviders() {
    }

    static Context context(GpioSettings.Provider provider) {
        // No Pi4J shutdown hook: the bridge's own hook stops the blink timer first and then shuts the context down,
        // so no toggle lands on a pin that is already released.
        return Pi4J.newContextBuilder().noAutoDetect().disableShutdownHook().add(providers(provider)).build();
    }

    private static Provider[] providers(GpioSettings.Provider provider) {
        return switch (provider) {
            case GPIOD -> new Provider[] {GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance()};
            case MOCK -> new Provider[] {mock(MOCK_INPUT), mock(MOCK_OUTPUT)};
        };
    }

    private static Provider mock(String className) {
        try {
            return (Provider) Class.forName(className).getMethod("newInstance").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(GpioSettings.PROVIDER + " = mock needs com.pi4j:pi4j-plugin-mock on the"
                    + " classpath (a test dependency, not in the shipped jar); use gpiod on a Raspberry Pi", e);
        }
    }
}
