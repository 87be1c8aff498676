package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The city's codes (districts, channels, categories …) with their Chinese and English labels. Data,
 * not code: the default file describes Yichun and another city replaces it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceData(
    City city,
    List<Code> districts,
    List<Code> channels,
    List<Code> ticketCategories,
    List<Topic> ticketTopics,
    List<Code> departments) {

  public static final String DEFAULT_RESOURCE = "reference/yichun.yml";

  /** A stable ASCII code with its labels. */
  public record Code(String code, String zh, String en) {}

  /** What a ticket is about, with the department an agent usually dispatches it to (or none). */
  public record Topic(String code, String zh, String en, String department) {}

  /** The city itself and the time zone in which its days, months and years are counted. */
  public record City(String code, String zh, String en, String zone) {}

  public ReferenceData {
    districts = List.copyOf(districts);
    channels = List.copyOf(channels);
    ticketCategories = List.copyOf(ticketCategories);
    ticketTopics = ticketTopics == null ? List.of() : List.copyOf(ticketTopics);
    departments = departments == null ? List.of() : List.copyOf(departments);
  }

  public static ReferenceData defaults() {
    try (InputStream in =
        ReferenceData.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ReferenceData read(InputStream yaml) {
    return new YAMLMapper().readValue(yaml, ReferenceData.class);
  }

  public Optional<Code> district(String code) {
    return find(districts, code);
  }

  public Optional<Code> channel(String code) {
    return find(channels, code);
  }

  public Optional<Code> ticketCategory(String code) {
    return find(ticketCategories, code);
  }

  public Optional<Topic> ticketTopic(String code) {
    return ticketTopics.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<Code> department(String code) {
    return find(departments, code);
  }

  private static Optional<Code> find(List<Code> codes, String code) {
    return codes.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
