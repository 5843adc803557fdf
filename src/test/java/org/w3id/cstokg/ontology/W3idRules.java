package org.w3id.cstokg.ontology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redirect rules of {@code docs/w3id.htaccess} applied as mod_rewrite applies them, for the
 * only kind of rule the file has: {@code RewriteRule ^PATTERN$ TARGET [R=30x,L]}, each after
 * {@code RewriteCond %{HTTP_ACCEPT} REGEX [OR]} conditions (ANDed unless {@code [OR]}).
 */
final class W3idRules {
    private record Condition(Pattern accept, boolean or) {}

    private record Rule(List<Condition> conditions, Pattern path, String target) {}

    private static final Pattern COND = Pattern.compile("^RewriteCond %\\{HTTP_ACCEPT} (\\S+)( \\[OR])?$");
    private static final Pattern RULE = Pattern.compile("^RewriteRule (\\S+) (\\S+) \\[R=30[23],L]$");

    private final List<Rule> rules;

    private W3idRules(List<Rule> rules) {
        this.rules = rules;
    }

    static W3idRules read(Path htaccess) throws IOException {
        List<Rule> rules = new ArrayList<>();
        List<Condition> pending = new ArrayList<>();
        for (String line : Files.readAllLines(htaccess)) {
            Matcher cond = COND.matcher(line.trim());
            Matcher rule = RULE.matcher(line.trim());
            if (cond.matches()) {
                pending.add(new Condition(Pattern.compile(cond.group(1)), cond.group(2) != null));
            } else if (rule.matches()) {
                rules.add(new Rule(List.copyOf(pending), Pattern.compile(rule.group(1)), rule.group(2)));
                pending.clear();
            }
        }
        if (rules.isEmpty()) throw new IllegalStateException("no RewriteRule in " + htaccess);
        return new W3idRules(rules);
    }

    /** Where a request for {@code path} (after {@code csto-kg/}) with this Accept header is redirected, if anywhere. */
    Optional<String> redirect(String path, String accept) {
        for (Rule rule : rules) {
            Matcher m = rule.path().matcher(path);
            if (!m.find() || !conditionsHold(rule.conditions(), accept)) continue;
            String target = rule.target();
            for (int i = m.groupCount(); i >= 1; i--) target = target.replace("$" + i, m.group(i));
            return Optional.of(target);
        }
        return Optional.empty();
    }

    private static boolean conditionsHold(List<Condition> conditions, String accept) {
        boolean all = true;
        boolean group = false;
        for (Condition c : conditions) {
            group |= c.accept().matcher(accept).find();
            if (!c.or()) {
                all &= group;
                group = false;
            }
        }
        return all;
    }
}
