package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedWriter;

/**
 * Jena's {@link IndentedWriter} that writes a string within a line in one call. Jena's writes any
 * string one character at a time, padding to the indent before each, which was most of what the
 * Turtle and TriG dumps cost in a large build. A string is written whole when nothing can happen
 * between its characters: the line has started and reached the indent, and the string holds no
 * line break; anything else goes through Jena's own code, and so does the string's last character,
 * which Jena remembers (a line feed right after a carriage return is not a second line break), so
 * the output is the same character for character.
 */
final class WholeStringIndentedWriter extends IndentedWriter {
    WholeStringIndentedWriter(OutputStream out) {
        super(out);
    }

    @Override
    public void print(String s) {
        if (s == null || startingNewLine || flatMode || column < currentIndent || getFlushOnWrite()
                || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            super.print(s);
            return;
        }
        int last = s.length() - 1;
        if (last > 0) {
            try {
                out.write(s, 0, last);
            } catch (IOException e) {
                IO.exception(e);
            }
            column += last;
        }
        if (last >= 0) super.print(s.charAt(last)); // through Jena's code, which remembers the last character
    }
}
