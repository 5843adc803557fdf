package org.w3id.cstokg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Small HTTP helpers for the server tests. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {}

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> getQuery(String endpoint, String query, String accept) throws IOException, InterruptedException {
        return get(endpoint + "?query=" + encode(query), accept);
    }

    static HttpResponse<String> postForm(String endpoint, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build());
    }

    static HttpResponse<String> postQuery(String endpoint, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Accept", accept)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
