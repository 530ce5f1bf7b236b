package org.preptable.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The browser libraries the web app loads, read from their webjars on the classpath. The versions come from the
 * jars themselves (so the root pom is the one place they are set), and they are part of every URL: the import map
 * turns the bare names lit's modules import ({@code lit}, {@code lit-html}, {@code @lit/reactive-element}) into
 * {@code /webjars/<name>/<version>/…}, which is why those URLs may be cached as immutable.
 */
final class WebJars {

    /** webjar artifact → the module specifier the browser code imports it by, and its entry module. */
    private record Library(String specifier, String entry) {
    }

    private static final Map<String, Library> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("lit", new Library("lit", "index.js"));
        LIBRARIES.put("lit-html", new Library("lit-html", "lit-html.js"));
        LIBRARIES.put("lit-element", new Library("lit-element", "index.js"));
        LIBRARIES.put("lit__reactive-element", new Library("@lit/reactive-element", "reactive-element.js"));
        // loaded only by the screens that draw charts (components/chart.js), never preloaded
        LIBRARIES.put("chart.js", new Library("chart.js", "dist/chart.js"));
        LIBRARIES.put("kurkle__color", new Library("@kurkle/color", "dist/color.esm.js"));
    }

    private final Map<String, String> versions;

    private WebJars(Map<String, String> versions) {
        this.versions = versions;
    }

    static WebJars fromClasspath() {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String artifact : LIBRARIES.keySet()) {
            versions.put(artifact, version(artifact));
        }
        return new WebJars(versions);
    }

    boolean serves(String artifact) {
        return versions.containsKey(artifact);
    }

    /** The page's import map: each library's bare name and its sub-paths, pointing at the versioned webjar. */
    String importMap() {
        String imports = LIBRARIES.entrySet().stream().map(e -> {
            String base = "/webjars/" + e.getKey() + "/" + versions.get(e.getKey()) + "/";
            String name = e.getValue().specifier();
            return "\"" + name + "\":\"" + base + e.getValue().entry() + "\",\"" + name + "/\":\"" + base + "\"";
        }).collect(Collectors.joining(","));
        return "{\"imports\":{" + imports + "}}";
    }

    /**
     * {@code <link rel="modulepreload">} for lit's modules: the browser fetches them beside the app's first module
     * instead of discovering them one import at a time (a four-step waterfall before the first paint).
     */
    String modulePreloads() {
        String[][] modules = {{"lit", "index.js"}, {"lit-element", "lit-element.js"}, {"lit-html", "lit-html.js"},
                {"lit__reactive-element", "reactive-element.js"}, {"lit__reactive-element", "css-tag.js"},
                {"lit-html", "is-server.js"}};
        StringBuilder links = new StringBuilder();
        for (String[] module : modules) {
            links.append("<link rel=\"modulepreload\" href=\"/webjars/").append(module[0]).append('/')
                    .append(versions.get(module[0])).append('/').append(module[1]).append("\">\n  ");
        }
        return links.toString().stripTrailing();
    }

    private static String version(String artifact) {
        String name = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
