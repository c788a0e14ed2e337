package org.nerkit.dates;

import static org.nerkit.dates.DateWords.NUMBERS;
import static org.nerkit.dates.DateText.MAX_MENTION_LENGTH;
import static org.nerkit.dates.DateText.clean;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time and recurrences as ISO 8601 durations: "20 years" P20Y, "61 years old" P61Y,
 * "recent months" PXM, "quarterly" P3M. They are not calendar dates, so they are kept out of
 * the grammar's table: the caller asks for a duration only when no date was found.
 */
final class Durations {

  private Durations() {}

  /** A length of time: its ISO 8601 value, or null when its amount cannot be computed ("2 1/0 years"). */
  record Length(String value) {
    static Optional<Length> of(String value) {
      return Optional.of(new Length(value));
    }
  }

  /** See {@link DateNormalizer#duration}. */
  static Optional<Length> duration(String mention) {
    Objects.requireNonNull(mention, "mention");
    if (mention.length() > MAX_MENTION_LENGTH) {
      return Optional.empty();
    }
    String cleaned = clean(mention);
    if (AGE.matcher(cleaned).matches()) {
      return Length.of("P" + cleaned + "Y"); // "Smith, 52, said": an age, which the recognizer marks as a date
    }
    String period = RECURRENCES.get(cleaned);
    if (period != null) {
      return Length.of(period);
    }
    Matcher bare = BARE_UNITS.matcher(cleaned);
    if (bare.matches()) {
      return Length.of("PX" + switch (bare.group(1)) {
        case "day" -> "D";
        case "week" -> "W";
        case "month", "quarter" -> "M";
        default -> "Y"; // years, decades and centuries alike: an unknown number of years
      });
    }
    Matcher m = DURATION.matcher(cleaned);
    if (!m.matches()) {
      return Optional.empty();
    }
    String amountWord = m.group(1);
    String unit = m.group(5);
    Integer whole = NUMBERS.get(amountWord);
    if (amountWord.contains("couple")) {
      whole = 2;
    }
    String amount;
    if (m.group(4) != null) {
      amount = "X"; // "two to three weeks", "the next 12 to 18 months": no one number
    } else if (m.group(2) != null && DIGITS.matcher(amountWord).matches()) { // "2 1/2 years"
      if (m.group(3).equals("0")) {
        return Length.of(null); // "2 1/0 years": a length of time, but no number
      }
      amount = new java.math.BigDecimal(amountWord).add(new java.math.BigDecimal(m.group(2))
          .divide(new java.math.BigDecimal(m.group(3)), 2, java.math.RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    } else if (whole != null) {
      amount = String.valueOf(whole);
    } else if (DECIMAL.matcher(amountWord).matches()) {
      amount = amountWord;
    } else {
      amount = "X"; // several, a few, many: an unspecified number
    }
    boolean time = unit.startsWith("hour") || unit.startsWith("minute");
    String designator = switch (unit) {
      case "day" -> "D";
      case "week" -> "W";
      case "month", "quarter" -> "M";
      case "hour" -> "H";
      case "minute" -> "M";
      default -> "Y";
    };
    if (!amount.equals("X") && unit.equals("quarter")) {
      amount = new java.math.BigDecimal(amount).multiply(java.math.BigDecimal.valueOf(3)).stripTrailingZeros().toPlainString();
    }
    if (!amount.equals("X") && (unit.equals("decade") || unit.startsWith("centur"))) {
      amount = new java.math.BigDecimal(amount).multiply(java.math.BigDecimal.valueOf(unit.equals("decade") ? 10 : 100))
          .stripTrailingZeros().toPlainString();
    }
    return Length.of((time ? "PT" : "P") + amount + designator);
  }

  /** How often a recurring event happens ("daily", "quarterly"): a TimeML SET, its period here. */
  // Patterns compiled once: String.matches compiles its pattern on every call.
  private static final Pattern AGE = Pattern.compile("\\d{1,3}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");

  private static final Map<String, String> RECURRENCES = Map.ofEntries(
      Map.entry("hourly", "PT1H"), Map.entry("nightly", "P1D"), Map.entry("daily", "P1D"), Map.entry("weekly", "P1W"),
      Map.entry("biweekly", "P2W"), Map.entry("monthly", "P1M"), Map.entry("bimonthly", "P2M"), Map.entry("quarterly", "P3M"),
      Map.entry("semiannual", "P6M"), Map.entry("semiannually", "P6M"), Map.entry("annual", "P1Y"),
      Map.entry("annually", "P1Y"), Map.entry("yearly", "P1Y"), Map.entry("biennial", "P2Y"));

  /** "years", "for decades", "recent months": an unspecified number of units. */
  private static final Pattern BARE_UNITS = Pattern.compile(
      "(?:(?:recent|past|many|more|coming|the past|the last|the coming|the next few|the past few|the last few) )?"
          + "(day|week|month|quarter|year|decade|centurie)s");

  private static final String AMOUNT_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
      + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
      + "hundred|several|a few|few|many|a couple of|a couple|couple of|\\d+(?:\\.\\d+)?";
  private static final Pattern DURATION = Pattern.compile(
      "(?:(?:about|some|nearly|almost|barely|roughly|around|approximately|more than|less than|fewer than|over|under|"
          + "at least|up to|only|just|the past|the last|last|the next|next|the first|the previous|the coming|the following|"
          + "the latest|the year-earlier|the year-ago|another|a further|an additional|all|the) )*(?:an? (?=\\d))?"
          + "(" + AMOUNT_WORDS + ")(?: (\\d)/(\\d)| (?:to|or) (" + AMOUNT_WORDS + "))?[ -]"
          + "(day|week|month|quarter|year|decade|century|hour|minute)(?:s|ies)?"
          + "(?:(?:[ -]old| long| running| in a row| or so| or more)(?: .*)?)?");
}
