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
 */
public record FactKey(String key, String property, ValueShape shape, Target target, Optional<String> unit) {}
