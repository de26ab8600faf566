package org.xinyong.workflow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Rule-set documents from the classpath, for tests. */
final class RuleSetFiles {

    private RuleSetFiles() {
    }

    static String text(String path) {
        try (InputStream in = RuleSetFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSet parse(String path) {
        return RuleSetParser.parse(path, text(path));
    }
}
