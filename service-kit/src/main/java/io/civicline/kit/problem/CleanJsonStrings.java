package io.civicline.kit.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses a JSON string with {@link ForbiddenCharacters} (a NUL, another C0 control but TAB, LF and
 * CR, DEL, an unpaired surrogate) as it is read, so that {@link ApiProblems} answers a 400 naming
 * the field and no such string reaches a store or a log.
 */
public final class CleanJsonStrings extends SimpleModule {

  public CleanJsonStrings() {
    super("civicline-clean-json-strings");
    addDeserializer(String.class, new Deserializer());
  }

  /** A string the API does not take; its message never holds the value. */
  public static final class ForbiddenCharacterException extends MismatchedInputException {

    ForbiddenCharacterException(JsonParser parser) {
      super(parser, "contains a control character or an unpaired surrogate", String.class);
    }
  }

  private static final class Deserializer extends StdScalarDeserializer<String> {

    Deserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value != null && !ForbiddenCharacters.cleanText(value)) {
        throw new ForbiddenCharacterException(parser);
      }
      return value;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return "";
    }
  }
}
