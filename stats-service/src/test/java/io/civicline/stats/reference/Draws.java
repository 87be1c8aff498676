package io.civicline.stats.reference;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Codes of the reference data (case-events' yichun.yml), drawn at random. */
final class Draws {

  static final List<String> DISTRICTS =
      List.of(
          "YIMEI",
          "WUCUI",
          "YOUHAO",
          "JINLIN",
          "TIELI",
          "JIAYIN",
          "TANGWANG",
          "FENGLIN",
          "DAQINGSHAN",
          "NANCHA");

  /** Some streets and townships of each district. */
  static final Map<String, List<String>> STREETS =
      Map.of(
          "YIMEI", List.of("YIMEI_XURI", "YIMEI_CHAOYANG", "YIMEI_NANJUN", "YIMEI_MEIXI"),
          "WUCUI", List.of("WUCUI_WUMAHE", "WUCUI_CUILUAN"),
          "YOUHAO", List.of("YOUHAO_YOUHAO", "YOUHAO_SHANGGANLING"),
          "JINLIN", List.of("JINLIN_XILIN", "JINLIN_JINSHANTUN"),
          "TIELI", List.of("TIELI_TIELI", "TIELI_SHUANGFENG", "TIELI_WANGYANG"),
          "JIAYIN", List.of("JIAYIN_CHAOYANG", "JIAYIN_WUYUN"),
          "TANGWANG", List.of("TANGWANG_TANGWANGHE", "TANGWANG_WUYING"),
          "FENGLIN", List.of("FENGLIN_XINQING", "FENGLIN_HONGXING"),
          "DAQINGSHAN", List.of("DAQINGSHAN_DAILING", "DAQINGSHAN_LANGXIANG"),
          "NANCHA", List.of("NANCHA_NANCHA", "NANCHA_CHENMING"));

  static final List<String> CHANNELS =
      List.of("PHONE", "PHONE", "PHONE", "WEB", "APP", "WECHAT", "EMAIL", "LETTER", "OTHER");
  static final List<String> CATEGORIES =
      List.of("INQUIRY", "HELP", "COMPLAINT", "REPORT", "SUGGESTION", "PRAISE");

  /** Each topic with the department it usually goes to. */
  static final Map<String, String> TOPICS =
      Map.ofEntries(
          Map.entry("HEATING", "HEATING_CO"),
          Map.entry("WATER_SUPPLY", "WATER_CO"),
          Map.entry("URBAN_MANAGEMENT", "URBAN_MGMT"),
          Map.entry("ROADS_TRANSPORT", "TRANSPORT"),
          Map.entry("HOUSING_PROPERTY", "HOUSING"),
          Map.entry("ENVIRONMENT", "ECOLOGY"),
          Map.entry("MARKET_CONSUMER", "MARKET"),
          Map.entry("LABOUR_WAGES", "HR_SOCIAL"),
          Map.entry("HEALTH", "HEALTH"),
          Map.entry("NEIGHBOUR_DISPUTE", "JUSTICE"),
          Map.entry("OTHER", "YIMEI_GOV"));

  private static final List<String> TOPIC_CODES = TOPICS.keySet().stream().sorted().toList();
  static final List<String> DEPARTMENTS =
      List.of(
          "HEATING_CO",
          "WATER_CO",
          "URBAN_MGMT",
          "TRANSPORT",
          "HOUSING",
          "ECOLOGY",
          "MARKET",
          "HR_SOCIAL",
          "HEALTH",
          "EDUCATION",
          "POLICE",
          "JUSTICE",
          "YIMEI_GOV",
          "TIELI_GOV");
  static final List<String> RATINGS =
      List.of(
          "VERY_SATISFIED",
          "SATISFIED",
          "BASICALLY_SATISFIED",
          "UNSATISFIED",
          "VERY_UNSATISFIED",
          "UNREACHABLE");
  static final List<String> OUTCOMES =
      List.of("SUCCESS", "FAILED", "WITHDRAWN", "TRANSFERRED", "DECLINED");
  private static final List<String> RESULTS = List.of("RESOLVED", "EXPLAINED", "NOT_RESOLVABLE");

  private final Random random;

  Draws(Random random) {
    this.random = random;
  }

  /** The intake codes; one ticket in ten has no topic, one in four no street. */
  TicketModel.Intake intake() {
    String channel = pick(CHANNELS);
    String category = pick(CATEGORIES);
    String topic = random.nextInt(10) == 0 ? null : pick(TOPIC_CODES);
    String district = pick(DISTRICTS);
    return new TicketModel.Intake(
        channel, category, topic, district, random.nextInt(4) == 0 ? null : street(district));
  }

  /** A street of {@code district}. */
  String street(String district) {
    return pick(STREETS.get(district));
  }

  /** Mostly the topic's department; another than {@code previous} after a return or reopening. */
  String department(String topic, String previous) {
    String usual = topic == null ? null : TOPICS.get(topic);
    String chosen = usual != null && random.nextInt(10) < 6 ? usual : pick(DEPARTMENTS);
    return chosen.equals(previous) && random.nextInt(4) > 0 ? department(null, previous) : chosen;
  }

  String rating() {
    return pick(RATINGS);
  }

  String outcome() {
    return pick(OUTCOMES);
  }

  String result() {
    return pick(RESULTS);
  }

  private String pick(List<String> codes) {
    return codes.get(random.nextInt(codes.size()));
  }
}
