package org.w3id.cstokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Finds the YASGUI bundle inside its WebJar on the class path, whatever version the pom pins. */
final class YasguiWebJar {
    private static final String POM = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";

    private YasguiWebJar() {}

    /** The class-path folder holding {@code yasgui.min.js} and {@code yasgui.min.css}. */
    static String buildFolder() {
        Properties pom = new Properties();
        try (InputStream in = YasguiWebJar.class.getClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("The YASGUI WebJar is not on the class path (" + POM + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + POM + ": " + e.getMessage(), e);
        }
        return "META-INF/resources/webjars/zazuko__yasgui/" + pom.getProperty("version") + "/build/";
    }
}
