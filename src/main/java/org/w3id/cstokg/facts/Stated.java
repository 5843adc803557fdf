package org.w3id.cstokg.facts;

import java.util.List;

/** What one declared key of a fact states, read according to the key's {@link ValueShape}. */
public sealed interface Stated {
    /** The key that states it. */
    FactKey key();

    /** {@link ValueShape#REFERENCE}, {@link ValueShape#PHOTOGRAPH} and {@link ValueShape#ATTRIBUTION}: the facts named. */
    record Refs(FactKey key, List<Ref> refs) implements Stated {}

    /** {@link ValueShape#TEXT} and {@link ValueShape#TEXT_LIST}: English texts. */
    record Texts(FactKey key, List<String> texts) implements Stated {}

    /** {@link ValueShape#DATE}, {@link ValueShape#DURATION}, {@link ValueShape#INTEGER}, {@link ValueShape#CODE} and {@link ValueShape#IRI}: a checked lexical form. */
    record Literal(FactKey key, String lexical) implements Stated {}

    /** {@link ValueShape#ATTRIBUTION} written {@code author}: the document's author. */
    record Author(FactKey key) implements Stated {}

    /** {@link ValueShape#QUANTITY}: a count with its qualifications. */
    record Counted(FactKey key, Quantity quantity) implements Stated {}
}
