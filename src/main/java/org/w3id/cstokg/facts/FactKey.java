package org.w3id.cstokg.facts;

import java.util.Optional;

/**
 * One YAML key of a kind of fact, as the ontology declares it: the property it becomes, the shape
 * of its value, what a reference must name, and for a count what is counted.
 *
 * @param key      the YAML key, such as {@code ofState}
 * @param property the IRI of the property the key becomes
 * @param shape    how the value is written and mapped
 * @param target   what each identifier of a reference must name ({@link Target#ANY} for other shapes)
 * @param unit     what a count counts, such as "troops" (empty for other shapes)
 * @param code     for {@link ValueShape#CODE}: the form of the codes and what they become
 */
public record FactKey(String key, String property, ValueShape shape, Target target, Optional<String> unit,
        Optional<Code> code) {

    /**
     * How the codes of a {@link ValueShape#CODE} key are written and mapped.
     *
     * @param pattern the regular expression a code matches, such as {@code [0-9]{3,4}}
     * @param example a code to show in messages, such as {@code 0232}
     * @param prefix  the IRI a code is appended to, such as {@code https://w3id.org/csto-kg/code/cameo/};
     *                empty: the code is a plain string literal
     */
    public record Code(String pattern, String example, Optional<String> prefix) {}
}
