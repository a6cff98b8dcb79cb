package org.scrutineer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under org.scrutineer is an application module (a new feature package becomes one by being
 * there). A module uses another only through what it offers: its base package, and the types marked
 * {@code @NamedInterface} in its subpackages (platform's shared services, a few domain records); the rest is its own.
 * Plain JUnit: no Spring context, no database.
 */
class ModularityTest {
    static final ApplicationModules MODULES = ApplicationModules.of(ScrutineerApplication.class);
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scrutineer");

    @Test
    void modulesHaveNoCyclesAndUseOnlyWhatOthersOffer() {
        MODULES.verify();
    }

    @Test
    void domainPackagesAreFreeOfSpringAndJdbc() {
        noClasses()
                .that()
                .resideInAPackage("org.scrutineer..domain..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "org.postgresql..",
                        "jakarta.servlet..",
                        "org.thymeleaf..")
                .because(
                        "the rules in domain packages are plain Java, tested in milliseconds without Spring or a database,"
                                + " and used alike by pages, PDFs and the API")
                .check(MAIN);
    }

    /** The diagrams in docs/modules: regenerate with this test and copy target/spring-modulith-docs there. */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        StringBuilder mermaid = new StringBuilder("flowchart LR\n");
        MODULES.stream()
                .sorted(java.util.Comparator.comparing(
                        (ApplicationModule m) -> m.getIdentifier().toString()))
                .forEach(module -> {
                    String uses = module.getDirectDependencies(MODULES)
                            .uniqueModules()
                            .map(m -> m.getIdentifier().toString())
                            .sorted()
                            .collect(Collectors.joining(" & "));
                    mermaid.append("    ").append(module.getIdentifier().toString());
                    if (!uses.isEmpty()) {
                        mermaid.append(" --> ").append(uses);
                    }
                    mermaid.append('\n');
                });
        Path folder = Path.of("target", "spring-modulith-docs");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("modules.mmd"), mermaid.toString());
    }
}
