package dev.jobpostlint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pipeline stages know nothing of the ways their results are shown, nor of the stages after them. */
@AnalyzeClasses(packages = "dev.jobpostlint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesAndNlpDoNotDependOnFrontEnds = noClasses()
            .that().resideInAnyPackage("..rules..", "..nlp..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..report..", "..server..");

    @ArchTest
    static final ArchRule extractDoesNotDependOnFrontEnds = noClasses()
            .that().resideInAPackage("..extract..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..report..");

    @ArchTest
    static final ArchRule theModelDoesNotDependOnFrontEndsOrScoring = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..report..", "..server..", "..eval..");

    @ArchTest
    static final ArchRule rulesDoNotDependOnTheModel = noClasses()
            .that().resideInAnyPackage("..rules..", "..nlp..", "..extract..", "..corpus..")
            .should().dependOnClassesThat().resideInAPackage("..model..");

    @ArchTest
    static final ArchRule serverDoesNotDependOnTheCommandLine = noClasses()
            .that().resideInAPackage("..server..")
            .should().dependOnClassesThat().resideInAPackage("..cli..");

    @ArchTest
    static final ArchRule reportsAndScoringDoNotDependOnTheCommandLine = noClasses()
            .that().resideInAnyPackage("..report..", "..eval..")
            .should().dependOnClassesThat().resideInAPackage("..cli..");
}
