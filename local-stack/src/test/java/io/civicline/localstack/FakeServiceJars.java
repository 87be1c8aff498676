package io.civicline.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes {@code <project>/<service>/target/<service>.jar} running {@link FakeService}. */
final class FakeServiceJars {

  static final String[] SERVICES = {"hotline-service", "mediation-service", "stats-service"};

  private FakeServiceJars() {}

  static void install(Path project) throws IOException {
    for (String service : SERVICES) {
      Path jar = target(project, service).resolve(service + ".jar");
      Files.createDirectories(jar.getParent());
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
      String entry = FakeService.class.getName().replace('.', '/') + ".class";
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest);
          InputStream classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
        out.putNextEntry(new JarEntry(entry));
        classFile.transferTo(out);
        out.closeEntry();
      }
    }
  }

  static Path target(Path project, String service) {
    return project.resolve(service).resolve("target");
  }
}
