package org.w3id.cstokg.linkeddata;

/** Escaping for text and attribute values in HTML: every {@code & < > " '} becomes a character reference. */
final class Html {
    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page around an already escaped body. */
    static String page(String title, String body) {
        return page(title, "", body);
    }

    /** A whole page with extra, already escaped, elements in its head. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + head
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " — csto-kg</title>\n"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}"
                + "th{text-align:left;vertical-align:top;padding-right:1em}td{vertical-align:top}"
                + "code{word-break:break-all}.lit-meta{color:#666;font-size:smaller}"
                + ".ev{display:block;color:#555;font-size:smaller;margin:.1em 0 .3em 1em}.cites{color:#777}"
                + "blockquote.cited,p.para{line-height:1.5}blockquote.cited{margin:.5em 0;padding:.3em .8em;border-left:3px solid #cc9}"
                + ".part{color:#777;font-size:smaller;margin-right:.3em}mark{background:#fde68a}mark.overlap{background:#fbbf24}mark.from{border-left:2px solid #b45309;padding-left:1px}"
                + "mark a{color:inherit;text-decoration:none}mark:hover{outline:1px solid #b45309}"
                + "details{margin:0 0 1em 2.5em}summary{color:#555;font-size:smaller;cursor:pointer}ol.facts{font-size:smaller;color:#444;margin:.2em 0 1em}.no-text{background:#f4f4f4;padding:.5em .8em}</style>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
