package org.w3id.cstokg.facts;

import java.util.Optional;

/**
 * Binds one item of {@code audit}: {@code para} (a paragraph number, or {@code caption}, kept as 0),
 * {@code reason} and exactly one of {@code text} and {@code sentence}; {@code about} (an id) only with {@code text}.
 */
final class AuditReader {
    private AuditReader() {}

    static Optional<AuditNote> read(YamlNode node, Reading reading) {
        return Fields.of(node, "audit note", AuditNote.KEYS, reading).flatMap(f -> {
            if (!f.has("para")) reading.error(f.at(), "missing key 'para' in audit note");
            boolean caption = f.text("para").filter("caption"::equals).isPresent();
            Optional<Long> para = caption ? Optional.of(0L) : Values.count(f, "para");
            para.ifPresent(p -> reading.parts.add(new Reading.PartUse(
                    caption ? CitedPart.CAPTION : CitedPart.paragraph(p.intValue()), f.at("para"))));
            boolean sentence = f.has("sentence");
            if (sentence && f.has("text")) {
                reading.error(f.at("sentence"), "an audit note names words ('text') or a sentence ('sentence'), not both");
                return Optional.empty();
            }
            if (sentence && f.has("about")) {
                reading.error(f.at("about"), "an audit note with 'about' names a statement's evidence words ('text'), not a sentence");
                return Optional.empty();
            }
            Optional<String> text = f.required(sentence ? "sentence" : "text");
            Optional<String> reason = f.required("reason");
            String about = f.has("about") ? f.text("about").orElse("") : "";
            if (f.has("about") && about.isBlank()) reading.error(f.at("about"), "'about' of an audit note is the id of what the statement is about");
            if (para.isEmpty() || text.isEmpty() || reason.isEmpty()) return Optional.empty();
            return Optional.of(new AuditNote(para.get().intValue(), text.get(), reason.get(), f.at(), sentence, about));
        });
    }
}
