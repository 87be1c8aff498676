package io.civicline.kit.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.MultiValueMap;

/**
 * Boot's form filter, which parses the form body of a PUT, PATCH or DELETE (the container parses
 * only a POST's, which {@link RequestBytesCheck} checks), refusing an undecodable body or one with
 * {@link ForbiddenCharacters} with the same 400 problem: Boot's own answered a 500.
 */
public class StrictFormContent extends OrderedFormContentFilter {

  private final RefusalLog log;

  StrictFormContent(RefusalLog log) {
    this.log = log;
    setFormConverter(new StrictFormConverter());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      super.doFilterInternal(request, response, chain);
    } catch (UndecodableForm e) {
      // Only the converter below throws it, while the body is parsed and before the chain runs.
      log.refused(request, "undecodable form body");
      ProblemResponses.write(
          response,
          HttpStatus.BAD_REQUEST,
          ApiProblems.INVALID_REQUEST,
          RequestBytesCheck.TITLE,
          "The form body cannot be decoded or holds a control character. Nothing was read.");
    }
  }

  private static final class UndecodableForm extends RuntimeException {

    UndecodableForm() {
      super(null, null, false, false);
    }
  }

  private static final class StrictFormConverter extends FormHttpMessageConverter {

    @Override
    public MultiValueMap<String, String> read(
        Class<? extends MultiValueMap<String, ?>> type, HttpInputMessage input) throws IOException {
      MultiValueMap<String, String> form;
      try {
        form = super.read(type, input);
      } catch (HttpMessageNotReadableException | IllegalArgumentException e) {
        throw new UndecodableForm();
      }
      for (Map.Entry<String, List<String>> field : form.entrySet()) {
        boolean clean = ForbiddenCharacters.cleanName(field.getKey());
        for (String value : field.getValue()) {
          // URLDecoder puts U+FFFD for invalid UTF-8 where Tomcat refuses it.
          clean =
              clean
                  && (value == null
                      || (ForbiddenCharacters.cleanText(value) && value.indexOf('\uFFFD') < 0));
        }
        if (!clean || field.getKey().indexOf('\uFFFD') >= 0) {
          throw new UndecodableForm();
        }
      }
      return form;
    }
  }
}
