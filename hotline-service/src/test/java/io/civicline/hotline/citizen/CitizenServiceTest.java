package io.civicline.hotline.citizen;

import io.civicline.kit.testing.CaseServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/** The citizen page's HTTP tests' one context: the service with MockMvc. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CaseServiceTest(database = "hotline-citizen")
@AutoConfigureMockMvc
// A small body bound, so that a test can pass it without sending megabytes.
@TestPropertySource(properties = "civicline.citizen.max-request-size=64KB")
@interface CitizenServiceTest {}
