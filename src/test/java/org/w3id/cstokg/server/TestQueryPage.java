package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query page and its assets: served from the jar, nothing loaded from another host. */
class TestQueryPage {
    private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://[^\\s\"'`)<>]*");
    /** Our own files: they must hold no absolute URL at all. */
    private static final List<String> OURS = List.of("", "ui/app.js", "ui/app.css");
    private static final List<String> VENDOR = List.of("ui/yasgui/yasgui.min.js", "ui/yasgui/yasgui.min.css");
    /**
     * The hosts of the absolute URLs inside the YASGUI bundle, none of them fetched by our page:
     * namespace IRIs (w3.org, purl.org, creativecommons.org), help links shown as text or opened
     * only on click (triply.cc, developer.mozilla.org, datatables.net, enable-cors.org), and
     * YASGUI's default endpoints, which app.js replaces by ours (dbpedia.org, query.wikidata.org).
     * A new host here means a new YASGUI version to look at again.
     */
    private static final Set<String> VENDOR_HOSTS = Set.of("", "www.w3.org", "purl.org", "creativecommons.org",
            "triply.cc", "developer.mozilla.org", "datatables.net", "enable-cors.org",
            "dbpedia.org", "query.wikidata.org");

    static CstoServer server;

    @BeforeAll
    static void start() {
        server = CstoServer.create().port(0).dataset(DatasetFactory.createTxnMem())
                .queriesDir(Path.of(TestCstoServer.QUERIES)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Set<String> absoluteUrls(String text) {
        Set<String> urls = new TreeSet<>();
        Matcher m = ABSOLUTE_URL.matcher(text);
        while (m.find()) {
            urls.add(m.group());
        }
        return urls;
    }

    private static String host(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        return rest.split("[/#?]", 2)[0];
    }

    @Test
    void pageLoadsYasguiAndOurScriptFromThisServer() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl(), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(r.body()).contains("<script src=\"ui/yasgui/yasgui.min.js\"></script>",
                "<script src=\"ui/app.js\"></script>", "<link rel=\"stylesheet\" href=\"ui/yasgui/yasgui.min.css\">");
    }

    @Test
    void ourPageScriptAndStyleHoldNoAbsoluteUrl() throws Exception {
        for (String path : OURS) {
            HttpResponse<String> r = Http.get(server.baseUrl() + path, "*/*");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(absoluteUrls(r.body())).as(path).isEmpty();
        }
    }

    @Test
    void yasguiBundleIsServedAndNamesOnlyKnownHosts() throws Exception {
        for (String path : VENDOR) {
            HttpResponse<String> r = Http.get(server.baseUrl() + path, "*/*");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body().length()).as(path).isGreaterThan(10_000);
            assertThat(absoluteUrls(r.body()).stream().map(TestQueryPage::host)).as(path).isSubsetOf(VENDOR_HOSTS);
        }
    }

    @Test
    void scriptsHaveJavaScriptType() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + "ui/app.js", "*/*");
        assertThat(r.headers().firstValue("Content-Type")).contains("text/javascript;charset=utf-8");
        assertThat(URI.create(server.baseUrl()).getPort()).isEqualTo(server.port());
    }
}
