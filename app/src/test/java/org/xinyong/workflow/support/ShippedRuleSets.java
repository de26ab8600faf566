package org.xinyong.workflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSetParser;

/** The rule sets shipped in {@code data/rulesets/}, parsed as the application parses them, for unit tests. */
public final class ShippedRuleSets {

    private ShippedRuleSets() {
    }

    /** {@code seeds-default}: the seeds' own rules, first in the shipped chain. */
    public static RuleSet seeds() {
        return parse("seeds-default.json");
    }

    /** {@code national-2026}: the national rules, in force from 2026-04-01. */
    public static RuleSet national() {
        return parse("national-2026.json");
    }

    public static String document(String file) {
        String path = "data/rulesets/" + file;
        try (InputStream in = ShippedRuleSets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleSet parse(String file) {
        return RuleSetParser.parse("data/rulesets/" + file, document(file));
    }
}
