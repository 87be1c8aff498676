package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A case service console's intake form and record pages without a browser: a form it refuses comes
 * back with each field's error and the text as typed, storing nothing; an unknown code is a field
 * error in the language asked for; an unknown record is a page, not a problem document. A service's
 * console form test implements it with its own forms and words.
 */
public interface ConsoleIntakeContract {

  /**
   * Where the intake is: the console as the user who registers records, the collection a registered
   * record lands in, the address of the console's record pages (e.g. {@code /console/tickets}), the
   * free text each intake form of the test carries (with markup the page must escape), and what the
   * page of a record that does not exist says.
   */
  record Intake(
      ConsoleCalls console,
      String registrar,
      MongoTemplate mongo,
      String collection,
      String pages,
      String typedText,
      String unknownRecordText) {}

  /**
   * A form the intake refuses, the fields it marks, the messages the page must show and the values
   * it must keep as typed.
   */
  record BadIntake(
      MockHttpServletRequestBuilder form,
      List<String> wrongFields,
      List<String> messages,
      List<String> typedValues) {}

  Intake intake();

  /** The intake form, complete but for the district. */
  MockHttpServletRequestBuilder completeIntake(String district);

  BadIntake badIntake();

  @Test
  default void aBadIntakeFormComesBackWithEachFieldErrorAndTheTypedText() throws Exception {
    long before = stored();
    BadIntake bad = badIntake();

    String page =
        intake().console().reshownIntake(bad.form(), bad.wrongFields().toArray(String[]::new));

    assertThat(page)
        .contains(bad.messages())
        .contains(HtmlUtils.htmlEscape(intake().typedText()))
        .contains(bad.typedValues().stream().map(value -> "value=\"" + value + "\"").toList());
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  default void anUnknownCodeComesBackAsAFieldErrorInTheChosenLanguage() throws Exception {
    long before = stored();
    String page =
        intake()
            .console()
            .reshownIntake(completeIntake("ATLANTIS").param("lang", "en"), "district");
    assertThat(page).contains("Unknown code", HtmlUtils.htmlEscape(intake().typedText()));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  default void anUnknownRecordIsAPageNotAProblemDocument() throws Exception {
    Intake intake = intake();
    assertThat(intake.console().missing(intake.pages() + "/nope", intake.registrar()))
        .contains(intake.unknownRecordText());
  }

  private long stored() {
    return intake().mongo().getCollection(intake().collection()).countDocuments();
  }
}
