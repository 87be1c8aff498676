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
   * Where the intake is: the console as one who registers, the collection a registered record lands
   * in, and the address of the console's record pages (e.g. {@code /console/tickets}).
   */
  record Intake(ConsoleCalls console, MongoTemplate mongo, String collection, String pages) {}

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

  /** The intake form, complete but for the district; its free text is {@link #typedText()}. */
  MockHttpServletRequestBuilder completeIntake(String district);

  /** The free text each intake form carries, with markup the page must escape. */
  String typedText();

  BadIntake badIntake();

  /** What the page of a record that does not exist says. */
  String unknownRecordText();

  /** The user who registers records. */
  String registrar();

  @Test
  default void aBadIntakeFormComesBackWithEachFieldErrorAndTheTypedText() throws Exception {
    long before = stored();
    BadIntake bad = badIntake();

    String page =
        intake().console().reshownIntake(bad.form(), bad.wrongFields().toArray(String[]::new));

    assertThat(page)
        .contains(bad.messages())
        .contains(HtmlUtils.htmlEscape(typedText()))
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
    assertThat(page).contains("Unknown code", HtmlUtils.htmlEscape(typedText()));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  default void anUnknownRecordIsAPageNotAProblemDocument() throws Exception {
    assertThat(intake().console().missing(intake().pages() + "/nope", registrar()))
        .contains(unknownRecordText());
  }

  private long stored() {
    return intake().mongo().getCollection(intake().collection()).countDocuments();
  }
}
