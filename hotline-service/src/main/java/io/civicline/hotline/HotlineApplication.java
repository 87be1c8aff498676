package io.civicline.hotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 12345 hotline tickets: intake, routing and the events every change publishes. */
@SpringBootApplication
public class HotlineApplication {

  public static void main(String[] args) {
    SpringApplication.run(HotlineApplication.class, args);
  }
}
