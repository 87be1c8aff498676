package io.civicline.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * People's dispute mediation cases: registration, mediation and closing, the events every change
 * publishes, and the cases hotline referrals bring in.
 */
@SpringBootApplication
public class MediationApplication {

  public static void main(String[] args) {
    SpringApplication.run(MediationApplication.class, args);
  }
}
