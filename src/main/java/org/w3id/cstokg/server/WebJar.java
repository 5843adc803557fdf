package org.w3id.cstokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Finds a WebJar's files on the class path, whatever version the pom pins. */
final class WebJar {
    private WebJar() {}

    /** The class-path folder of the npm WebJar {@code artifactId}, ending in a slash. */
    static String folder(String artifactId) {
        String pomProperties = "META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties";
        Properties pom = new Properties();
        try (InputStream in = WebJar.class.getClassLoader().getResourceAsStream(pomProperties)) {
            if (in == null) {
                throw new IllegalStateException("The " + artifactId + " WebJar is not on the class path (" + pomProperties + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + pomProperties + ": " + e.getMessage(), e);
        }
        return "META-INF/resources/webjars/" + artifactId + "/" + pom.getProperty("version") + "/";
    }
}
