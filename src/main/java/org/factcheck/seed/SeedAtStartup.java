package org.factcheck.seed;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the seed when the app starts; a seed that does not check out stops the start. */
@Component
@Order(10)
@ConditionalOnProperty(name = "factcheck.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedAtStartup implements ApplicationRunner {

    private final SeedLoader loader;
    private final Path folder;

    SeedAtStartup(SeedLoader loader, @Value("${factcheck.seed.location:seed}") Path folder) {
        this.loader = loader;
        this.folder = folder;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(folder);
    }
}
