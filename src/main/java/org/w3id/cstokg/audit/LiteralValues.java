package org.w3id.cstokg.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The values a typed literal states, for matching against the article: numbers; the numeric
 * components of a duration ({@code PT4H} states 4); a date; a date-time's local date and clock
 * time in its own offset. Strings state nothing: a description must not satisfy the audit.
 */
final class LiteralValues {

    private static final Set<String> DURATIONS = Set.of(XSDDatatype.XSDduration.getURI(),
            XSDDatatype.XSDdayTimeDuration.getURI(), XSDDatatype.XSDyearMonthDuration.getURI());
    private static final Set<String> DATE_TIMES = Set.of(XSDDatatype.XSDdateTime.getURI(),
            XSDDatatype.XSDdateTimeStamp.getURI());
    private static final Pattern DURATION_COMPONENT = Pattern.compile("(\\d+(?:\\.\\d+)?)[YMWDHS]");

    private LiteralValues() {}

    /** Adds what {@code literal} states to {@code values}; ill-formed literals state nothing. */
    static void read(Literal literal, StatedValues values) {
        read(literal, Set.of(), values);
    }

    /** Adds what {@code literal}, on a node with {@code hedges}, states to {@code values}. */
    static void read(Literal literal, Set<Hedge> hedges, StatedValues values) {
        read(literal, hedges, Optional.empty(), values);
    }

    /** Adds what {@code literal}, on a node with {@code hedges} and maybe a time zone, states to {@code values}. */
    static void read(Literal literal, Set<Hedge> hedges, Optional<String> zone, StatedValues values) {
        String datatype = literal.getDatatypeURI();
        String lexical = literal.getLexicalForm().strip();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(datatype)) {
                values.addDate(LocalDate.parse(lexical, DateTimeFormatter.ISO_DATE));
            } else if (DATE_TIMES.contains(datatype)) {
                LocalDateTime local = LocalDateTime.parse(lexical, DateTimeFormatter.ISO_DATE_TIME);
                values.addDate(local.toLocalDate());
                values.addClockTime(local.toLocalTime());
                zone.ifPresent(z -> values.addZonedTime(local.toLocalTime(), z));
            } else if (DURATIONS.contains(datatype)) {
                Matcher component = DURATION_COMPONENT.matcher(lexical);
                while (component.find()) {
                    values.addNumber(new BigDecimal(component.group(1)));
                }
            } else if (datatype != null) {
                number(literal, hedges, values);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // An ill-formed literal is the validator's finding, not the audit's.
        }
    }

    private static void number(Literal literal, Set<Hedge> hedges, StatedValues values) {
        NodeValue value = NodeValue.makeNode(literal.asNode());
        if (value.isInteger()) {
            values.addNumber(new BigDecimal(value.getInteger()), hedges);
        } else if (value.isDecimal()) {
            values.addNumber(value.getDecimal(), hedges);
        } else if (value.isDouble() || value.isFloat()) {
            values.addNumber(BigDecimal.valueOf(value.getDouble()), hedges);
        }
    }
}
