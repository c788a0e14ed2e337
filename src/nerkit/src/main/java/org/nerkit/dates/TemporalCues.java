package org.nerkit.dates;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a mention has anything in it that can name a time: a digit, a month or weekday, a
 * unit of time ("week", "quarterly"), a season or holiday, a word that places in time ("ago",
 * "recent", "future"), or a number word ("the twenties", "nineteen eighteen"). Almost every
 * OntoNotes DATE has one (every one of the development set); a recognizer "date" without one
 * ("already heavily dependent") is a recognizer error.
 */
final class TemporalCues {
  private static final Pattern CUE = Pattern.compile("\\d|\\b(?:"
      // months and weekdays, with their abbreviations
      + "january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
      + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
      // units of time and their adjectives and adverbs, with plurals
      + "|(?:day|week|weekend|fortnight|month|year|decade|quarter|semester|season|period|moment|era|age|time|night"
      + "|morning|evening|afternoon|dynast(?:y|ies)|centur(?:y|ies)|millenni(?:um|a|ums)|holiday|festival|term)s?"
      + "|daily|weekly|weeklong|monthly|yearly|annual|annually|annualized|biannual|semiannual|quarterly|seasonal|seasonally"
      + "|today|tonight|yesterday|tomorrow|now|present|past|future|ago|recent|recently|earlier|later|early|late|mid"
      + "|spring|summer|fall|autumn|winter|christmas|easter|thanksgiving|eve|ramadan|passover|hanukkah|lent|advent"
      // number words: "the twenties", "nineteen eighteen", "the twelfth", "thirtysomething"
      + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|half|couple|few|several"
      + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
      + "|(?:thir|four|fif|six|seven|eigh|nine)teen(?:th|s)?"
      + "|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:y|ies|ieth)\\w*"
      + ")\\b");

  private TemporalCues() {}

  static boolean in(String mention) {
    return CUE.matcher(mention.toLowerCase(Locale.ROOT)).find();
  }
}
