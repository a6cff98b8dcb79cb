package org.scrutineer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fast tests (*Test, Surefire, {@code ./mvnw test}) use no Spring and no database; whatever starts the application, a
 * database, a browser or an external checker is an integration test (*IT, Failsafe, {@code ./mvnw verify}). This keeps a
 * new test on the right side of that line.
 */
class TestNamingTest {
    static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.scrutineer");

    /** A class with test methods of its own or inherited. */
    static final DescribedPredicate<JavaClass> TEST_CLASSES = DescribedPredicate.describe(
            "have test methods",
            c -> !c.isInterface()
                    && Stream.concat(Stream.of(c), c.getAllRawSuperclasses().stream())
                            .flatMap(x -> x.getMethods().stream())
                            .anyMatch(m -> m.isMetaAnnotatedWith("org.junit.platform.commons.annotation.Testable")));

    /**
     * Starts Spring or a database, directly or through a superclass. (A test that starts the application in another
     * process, like CrashRecoveryIT, is named IT by hand.)
     */
    static final DescribedPredicate<JavaClass> SLOW = DescribedPredicate.describe(
            "start Spring or a database (@ScrutineerTest, @SpringBootTest, Spring's test support, SpringApplication,"
                    + " the embedded PostgreSQL)",
            c -> Stream.concat(Stream.of(c), c.getAllRawSuperclasses().stream())
                    .anyMatch(x -> x.isMetaAnnotatedWith("org.springframework.boot.test.context.SpringBootTest")
                            || x.getDirectDependenciesFromSelf().stream()
                                    .map(d -> d.getTargetClass().getPackageName())
                                    .anyMatch(p -> p.startsWith("org.springframework")
                                            && !p.startsWith("org.springframework.modulith"))
                            || x.getDirectDependenciesFromSelf().stream()
                                    .map(d -> d.getTargetClass().getName())
                                    .anyMatch(n -> n.equals("org.scrutineer.platform.database.EmbeddedDatabase")
                                            || n.startsWith("io.zonky.test.db"))));

    @Test
    void testsThatStartSpringOrADatabaseAreIntegrationTests() {
        classes()
                .that(TEST_CLASSES)
                .and(SLOW)
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("IT")
                .because(
                        "Surefire runs *Test in seconds without Spring or a database; Failsafe runs *IT in ./mvnw verify")
                .check(TESTS);
    }

    @Test
    void everyTestClassIsNamedForSurefireOrFailsafe() {
        classes()
                .that(TEST_CLASSES)
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Test")
                .orShould()
                .haveSimpleNameEndingWith("IT")
                .because("a test class named otherwise is run by neither Surefire nor Failsafe")
                .check(TESTS);
    }
}
