package io.civicline.hotline.open311;

import io.civicline.kit.testing.CaseServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/** The Open311 tests' one context: the service with MockMvc and a test app's key. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CaseServiceTest(database = "hotline-open311")
@AutoConfigureMockMvc
@TestPropertySource(
    properties = {
      "civicline.open311.api-keys[0].app=test-app",
      "civicline.open311.api-keys[0].channel=APP",
      // SHA-256 of the key "test-app-key"
      "civicline.open311.api-keys[0].sha256="
          + "47c1c724e6b8353a267209cb97034c67fe66eb36b72d8af93a66ca066a834888"
    })
@interface Open311ServiceTest {}
