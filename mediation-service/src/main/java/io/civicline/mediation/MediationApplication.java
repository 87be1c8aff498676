package io.civicline.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * People's dispute mediation cases. This foundation runs the service with its security, health and
 * outbox relay (collection {@code cases}); the case lifecycle and its API come with their own
 * issue.
 */
@SpringBootApplication
public class MediationApplication {

  public static void main(String[] args) {
    SpringApplication.run(MediationApplication.class, args);
  }
}
