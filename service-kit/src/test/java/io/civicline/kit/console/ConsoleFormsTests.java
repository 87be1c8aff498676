package io.civicline.kit.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;

class ConsoleFormsTests {

  record Extension(Instant deadline, String reason, String note, Long version) {}

  final CityLabels labels = new CityLabels(ReferenceData.defaults());

  @Test
  void aPickedDayIsItsLastMomentInTheCityAndTextIsTrimmedOrAbsent() {
    WebDataBinder binder =
        bind(Map.of("deadline", "2026-03-31", "reason", "  备料 ", "note", " ", "version", "3"));

    assertThat(binder.getBindingResult().hasErrors()).isFalse();
    assertThat(binder.getTarget())
        .isEqualTo(new Extension(labels.endOf(LocalDate.of(2026, 3, 31)), "备料", null, 3L));
  }

  @Test
  void aDayThatIsNoDayIsTheFieldsErrorNotAFault() {
    WebDataBinder binder = bind(Map.of("deadline", "31.03.2026", "reason", "备料"));

    assertThat(binder.getBindingResult().getFieldErrors())
        .extracting(e -> e.getField())
        .containsExactly("deadline");
  }

  private WebDataBinder bind(Map<String, String> fields) {
    WebDataBinder binder = new WebDataBinder(null, "form");
    binder.setTargetType(ResolvableType.forClass(Extension.class));
    ConsoleForms.bindAsPicked(binder, labels);
    binder.construct(
        new DataBinder.ValueResolver() {
          @Override
          public Object resolveValue(String name, Class<?> type) {
            return fields.get(name);
          }

          @Override
          public Set<String> getNames() {
            return fields.keySet();
          }
        });
    return binder;
  }
}
