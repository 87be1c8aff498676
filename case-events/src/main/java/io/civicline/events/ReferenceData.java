package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The city's codes (districts, channels, categories, dispute types, mediating bodies …) with their
 * Chinese and English labels, and the roster of its mediators. Data, not code: the default file
 * describes Yichun and another city replaces it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceData(
    City city,
    List<Code> districts,
    List<Code> channels,
    List<Code> ticketCategories,
    List<Topic> ticketTopics,
    List<Code> departments,
    List<DisputeType> disputeTypes,
    List<Code> caseSources,
    List<MediatingBody> mediatingBodies,
    List<Mediator> mediators,
    List<Street> streets) {

  public static final String DEFAULT_RESOURCE = "reference/yichun.yml";

  /** A stable ASCII code with its labels. */
  public record Code(String code, String zh, String en) {}

  /** What a ticket is about, with the department an agent usually dispatches it to (or none). */
  public record Topic(String code, String zh, String en, String department) {}

  /** The city itself and the time zone in which its days, months and years are counted. */
  public record City(String code, String zh, String en, String zone) {}

  /**
   * A dispute type of the official mediation statistics; a hotline referral about one of {@code
   * ticketTopics} starts as this type.
   */
  public record DisputeType(String code, String zh, String en, List<String> ticketTopics) {

    public DisputeType {
      ticketTopics = ticketTopics == null ? List.of() : List.copyOf(ticketTopics);
    }
  }

  /**
   * A body that mediates disputes, in a district; {@code linkage} marks the "four offices and one
   * court" (judicial office, law firm, grassroots legal service office, police station, people's
   * court) whose successes the linkage figure counts.
   */
  public record MediatingBody(
      String code, String zh, String en, String district, BodyKind kind, boolean linkage) {}

  /** A street (街道) or township (乡镇) of a district: the place of a ticket below the district. */
  public record Street(String code, String zh, String en, String district) {}

  /** What kind of institution a mediating body is. */
  public enum BodyKind {
    PEOPLES_MEDIATION_COMMITTEE,
    JUDICIAL_OFFICE,
    LAW_FIRM,
    LEGAL_SERVICE_OFFICE,
    POLICE_STATION,
    PEOPLES_COURT
  }

  /**
   * A mediator of the roster: a stable code, the name shown to colleagues, the body they belong to,
   * and the account they sign in with (absent for a mediator without one).
   */
  public record Mediator(String code, String name, String body, String account) {}

  public ReferenceData {
    districts = List.copyOf(districts);
    channels = List.copyOf(channels);
    ticketCategories = List.copyOf(ticketCategories);
    ticketTopics = ticketTopics == null ? List.of() : List.copyOf(ticketTopics);
    departments = departments == null ? List.of() : List.copyOf(departments);
    disputeTypes = disputeTypes == null ? List.of() : List.copyOf(disputeTypes);
    caseSources = caseSources == null ? List.of() : List.copyOf(caseSources);
    mediatingBodies = mediatingBodies == null ? List.of() : List.copyOf(mediatingBodies);
    mediators = mediators == null ? List.of() : List.copyOf(mediators);
    streets = streets == null ? List.of() : List.copyOf(streets);
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

  public Optional<DisputeType> disputeType(String code) {
    return disputeTypes.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** The dispute type a hotline referral about {@code ticketTopic} starts as, if one claims it. */
  public Optional<DisputeType> disputeTypeOfTicketTopic(String ticketTopic) {
    return disputeTypes.stream().filter(t -> t.ticketTopics().contains(ticketTopic)).findFirst();
  }

  public Optional<Code> caseSource(String code) {
    return find(caseSources, code);
  }

  public Optional<MediatingBody> mediatingBody(String code) {
    return mediatingBodies.stream().filter(b -> b.code().equals(code)).findFirst();
  }

  public Optional<Mediator> mediator(String code) {
    return mediators.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public Optional<Street> street(String code) {
    return streets.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The streets and townships of {@code district}, in reference-data order. */
  public List<Street> streetsOf(String district) {
    return streets.stream().filter(s -> s.district().equals(district)).toList();
  }

  /** The mediator who signs in as {@code account}, if the roster has one. */
  public Optional<Mediator> mediatorOfAccount(String account) {
    return mediators.stream().filter(m -> account.equals(m.account())).findFirst();
  }

  private static Optional<Code> find(List<Code> codes, String code) {
    return codes.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
