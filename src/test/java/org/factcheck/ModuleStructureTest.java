package org.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The modules, their declared dependencies ({@code allowedDependencies} in each package-info) and the
 * picture of them in {@code docs/modules/}, which this test draws from the code: when a dependency
 * changes, the committed picture must be drawn again ({@code -Dmodules.draw=true}), so it cannot drift.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void features_depend_only_on_what_they_declare_through_public_apis_and_without_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_pictures_in_docs_are_drawn_from_the_code() throws IOException {
        Path drawn = Path.of("target/spring-modulith-docs");
        var diagrams = DiagramOptions.defaults().withStyle(DiagramStyle.UML);
        // Every module uses base; drawn in the overview, its arrows would hide the others.
        var overview = diagrams.withExclusions(module -> module.getIdentifier().toString().equals("base"));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml(overview)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases();
        if (Boolean.getBoolean("modules.draw")) {
            redraw(drawn);
        }
        assertThat(pictures(COMMITTED))
                .as("docs/modules/ is out of date with the code: run "
                        + "./mvnw test -Dtest=ModuleStructureTest -Dmodules.draw=true and commit docs/modules/")
                .isEqualTo(pictures(drawn));
    }

    /**
     * The PlantUML sources by file name, each as its sorted lines: the Documenter writes relationships
     * in no fixed order, and their order does not change the picture. The rendered SVGs follow from them.
     */
    private static Map<String, String> pictures(Path folder) throws IOException {
        Map<String, String> byName = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return byName;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                byName.put(file.getFileName().toString(),
                        Files.readString(file).lines().sorted().collect(Collectors.joining("\n")));
            }
        }
        return byName;
    }

    private static void redraw(Path drawn) throws IOException {
        Files.createDirectories(COMMITTED);
        try (Stream<Path> old = Files.list(COMMITTED)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(drawn)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                String name = file.getFileName().toString();
                String picture = Files.readString(file);
                Files.writeString(COMMITTED.resolve(name), picture);
                // Smetana is PlantUML's own layout engine: no Graphviz needed to draw.
                String source = picture.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
                var svg = new ByteArrayOutputStream();
                new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
                Files.writeString(COMMITTED.resolve(name.replace(".puml", ".svg")), svg.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
