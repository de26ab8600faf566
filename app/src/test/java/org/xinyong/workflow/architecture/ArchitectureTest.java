package org.xinyong.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The package rules of the application (issue 12). Controllers and configuration are the web layer's wiring wherever
 * they live.: feature packages form no cycle, so a lifecycle can be read, changed
 * and added on its own; and the domain does not depend on the web layer, whose job is to map the domain's failures
 * ({@code errors/}) to HTTP. The shared screens reach the lifecycles only through {@code cases.CaseKind} and the
 * seams of {@code work/web}.
 */
class ArchitectureTest {

    static final String ROOT = "org.xinyong.workflow";

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featurePackagesFormNoCycle() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void subpackagesFormNoCycle() {
        // e.g. objection ↔ objection.web: the domain never reaches up into its own pages
        ArchRule rule = slices().matching(ROOT + ".(**)").namingSlices("$1").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void domainDoesNotDependOnTheWebLayer() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("..web..")
                .and().areNotAnnotatedWith(Controller.class).and().areNotAnnotatedWith(RestController.class)
                .and().areNotAnnotatedWith(ControllerAdvice.class).and().areNotAnnotatedWith(RestControllerAdvice.class)
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..web..")
                .because("services throw errors.* exceptions; web/ maps them to HTTP");
        rule.check(classes);
    }

    @Test
    void sharedScreensDoNotReachIntoALifecycle() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ROOT + ".work..", ROOT + ".documents..",
                        ROOT + ".dashboard..", ROOT + ".portal..", ROOT + ".cases..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".objection..", ROOT + ".repair..")
                .because("a case kind plugs in through cases.CaseKind, never by a switch on its type");
        rule.check(classes);
    }
}
