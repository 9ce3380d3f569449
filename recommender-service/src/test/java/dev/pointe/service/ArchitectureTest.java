package dev.pointe.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The hexagon's walls: the domain knows no framework, the application no adapter. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pointe.service");

    @Test
    void domainIsFreeOfSpringLettuceAndReactor() {
        noClasses().that().resideInAPackage("dev.pointe.service.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.lettuce..", "reactor..",
                        "io.netty..", "com.github.benmanes..")
                .check(CLASSES);
    }

    @Test
    void applicationKnowsNoAdapterNorSpringWebNorLettuce() {
        noClasses().that().resideInAPackage("dev.pointe.service.application..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pointe.service.adapter..", "org.springframework..",
                        "io.lettuce..", "reactor.netty..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRedisAdapterTalksToRedis() {
        noClasses().that().resideOutsideOfPackage("dev.pointe.service.adapter.out.redis..")
                .should().dependOnClassesThat().resideInAPackage("io.lettuce..")
                .check(CLASSES);
    }
}
