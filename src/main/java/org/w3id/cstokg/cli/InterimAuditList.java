package org.w3id.cstokg.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.cstokg.audit.Exemption;

/**
 * INTERIM: reads only the {@code audit:} list (and {@code document.id}, to pick the file) of the
 * fact files, with Jackson's YAML tree. To be replaced by the fact model's reader, which checks the
 * whole file and reports line and column; until then an error names the file and the entry.
 */
final class InterimAuditList {

    private static final YAMLMapper YAML = new YAMLMapper();

    private InterimAuditList() {}

    /** The exemptions of the fact files in {@code dataDir} whose {@code document.id} is {@code documentId}. */
    static List<Exemption> read(Path dataDir, String documentId) throws IOException {
        List<Exemption> exemptions = new ArrayList<>();
        for (Path file : factFiles(dataDir)) {
            JsonNode root;
            try {
                root = YAML.readTree(file.toFile());
            } catch (JacksonException e) {
                throw new IOException(file + ": not readable as YAML: " + e.getOriginalMessage(), e);
            }
            if (root != null && documentId.equals(root.path("document").path("id").asText(null))) {
                JsonNode audit = root.path("audit");
                for (int i = 0; i < audit.size(); i++) {
                    exemptions.add(exemption(file, i, audit.get(i)));
                }
            }
        }
        return exemptions;
    }

    private static List<Path> factFiles(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Exemption exemption(Path file, int index, JsonNode entry) throws IOException {
        JsonNode para = entry.path("para");
        String text = entry.path("text").asText("");
        String reason = entry.path("reason").asText("");
        int paragraph = para.isInt() && para.asInt() >= 1 ? para.asInt() : "caption".equals(para.asText()) ? 0 : -1;
        if (paragraph < 0 || text.isBlank() || reason.isBlank()) {
            throw new IOException(file + ": audit[" + index + "] needs para (a paragraph number or caption), "
                    + "text and reason; got " + entry);
        }
        return new Exemption(paragraph, text, reason);
    }
}
