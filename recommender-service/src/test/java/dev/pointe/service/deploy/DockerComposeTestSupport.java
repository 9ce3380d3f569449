package dev.pointe.service.deploy;

import java.nio.file.Path;

/** The repository root, for tests that check files beside the modules. */
public final class DockerComposeTestSupport {

    public static final Path ROOT = DockerComposeTest.ROOT;

    private DockerComposeTestSupport() {
    }
}
