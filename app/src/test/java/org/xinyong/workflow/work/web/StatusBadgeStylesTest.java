package org.xinyong.workflow.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.xinyong.workflow.cases.CaseStatus;
import org.xinyong.workflow.listing.ListingCaseStatus;
import org.xinyong.workflow.objection.ObjectionStatus;
import org.xinyong.workflow.repair.RepairStatus;

/**
 * Issue 19.7: the status badge "已收到，待受理" was white on white because {@code app-status-RECEIVED} had no rule.
 * Every status of every case kind (each enum implementing {@link CaseStatus}, found on the class path, so a new kind
 * or status is checked without touching this test) has its own {@code .app-status-<STATUS>} rule in work.css, and
 * the base {@code .app-status} rule gives a badge a background of its own.
 */
class StatusBadgeStylesTest {

    private static final String STYLESHEET = "static/css/work.css";

    @Test
    void everyStatusOfEveryCaseKindHasABadgeStyle() throws IOException {
        Set<String> styled = styledStatuses(stylesheet());
        List<Class<?>> kinds = caseStatusEnums();

        assertThat(kinds).as("the status enums of the case kinds")
                .contains(ListingCaseStatus.class, ObjectionStatus.class, RepairStatus.class);
        List<String> missing = new ArrayList<>();
        for (Class<?> kind : kinds) {
            for (Object status : kind.getEnumConstants()) {
                String name = ((Enum<?>) status).name();
                if (!styled.contains(name)) {
                    missing.add(kind.getSimpleName() + "." + name);
                }
            }
        }
        assertThat(missing).as("statuses without an .app-status-<STATUS> rule in " + STYLESHEET).isEmpty();
    }

    @Test
    void theBaseBadgeHasABackgroundAndATextColour() throws IOException {
        Matcher base = Pattern.compile("\\.app-status\\s*\\{([^}]*)}").matcher(stylesheet());

        assertThat(base.find()).as(".app-status rule").isTrue();
        assertThat(base.group(1)).contains("background", "color");
    }

    @Test
    void aSelectorOnlyCountsWhenItHasDeclarations() {
        Set<String> styled = styledStatuses("""
                .app-status-A, .app-status-B { color: #000; }
                .app-status-C {}
                /* .app-status-D { color: red; } */
                """);

        assertThat(styled).containsExactlyInAnyOrder("A", "B");
    }

    /** The statuses named in a selector of a rule with at least one declaration; comments ignored. */
    static Set<String> styledStatuses(String css) {
        String code = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> styled = new LinkedHashSet<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(code);
        Pattern selector = Pattern.compile("\\.app-status-([A-Z_]+)\\b");
        while (rule.find()) {
            if (!rule.group(2).contains(":")) {
                continue;
            }
            Matcher status = selector.matcher(rule.group(1));
            while (status.find()) {
                styled.add(status.group(1));
            }
        }
        return styled;
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = new ClassPathResource(STYLESHEET).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Class<?>> caseStatusEnums() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseStatus.class));
        List<Class<?>> enums = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.xinyong.workflow")) {
            try {
                Class<?> type = Class.forName(found.getBeanClassName());
                if (type.isEnum() && !isTestClass(type)) {
                    enums.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return enums;
    }

    /** Enums the tests declare for themselves (e.g. a probe lifecycle) are no case kind's. */
    private static boolean isTestClass(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }
}
