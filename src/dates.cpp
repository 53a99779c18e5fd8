#include "dates.h"

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <memory>

#include "dateline.h"
#include "text_util.h"

namespace whosaid {
namespace {

// The named groups a date rule may use.
enum Part {
  kYear,
  kMonth,
  kDay,
  kWeekday,
  kNumber,
  kUnit,
  kDirection,
  kModifier,
  kDayPart,
  kHour,
  kMinute,
  kAmPm,
  kZone,
  kDecade,
  kCentury,
  kRef,
  kSpan,
  kSeason,
  kQuarter,
  kPartCount
};
constexpr std::array<const char*, kPartCount> kPartNames = {
    "year",   "month", "day",  "weekday", "number",  "unit", "direction", "modifier", "part",   "hour",
    "minute", "ampm",  "zone", "decade",  "century", "ref",  "span",      "season",   "quarter"};

struct DateRule {
  const PatternRule* rule;
  DateType type;
  std::string norm;
  std::array<int, kPartCount> group{};
  bool deadline = false;  // attribute "direction: deadline": not before the dct ("by December")
};

struct Match {
  ByteSpan span;
  size_t rule;
  std::array<std::string_view, kPartCount> parts;
};

// Civil-calendar arithmetic on day numbers (days since 1970-01-01), proleptic Gregorian.
struct Civil {
  int y, m, d;
};

int64_t days_from_civil(Civil c) {
  int y = c.y - (c.m <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (c.m + (c.m > 2 ? -3 : 9)) + 2) / 5 + c.d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

Civil civil_from_days(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  auto doe = static_cast<int>(z - era * 146097);
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe + era * 400) + (m <= 2), m, d};
}

int iso_weekday(int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }

std::string iso_week(int64_t days) {
  int64_t thursday = days - iso_weekday(days) + 4;
  Civil t = civil_from_days(thursday);
  int64_t first = days_from_civil({t.y, 1, 1});
  return fmt::format("{:04}-W{:02}", t.y, static_cast<int>((thursday - first) / 7) + 1);
}

std::string format_day(int64_t days) {
  Civil c = civil_from_days(days);
  return fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d);
}

int64_t add_months(int64_t days, int months) {
  Civil c = civil_from_days(days);
  int total = c.y * 12 + (c.m - 1) + months;
  return days_from_civil({total / 12, total % 12 + 1, 1});
}

// 50 -> "50", 2.5 -> "2.5", 22.8 -> "22.8" (TIMEX3 durations allow a decimal amount).
std::string decimal(double amount) { return fmt::format("{:.6g}", amount); }

int to_int(std::string_view s, int fallback = -1) {
  if (s.empty()) return fallback;
  char* end = nullptr;
  std::string copy(s);
  long v = std::strtol(copy.c_str(), &end, 10);
  return end == copy.c_str() ? fallback : static_cast<int>(v);
}

// Compiled once per thread for the rule set in use.
struct DateLexicon {
  std::vector<DateRule> rules;
  std::unique_ptr<re2::RE2::Set> any;
  const WordMap* months;
  const WordMap* weekdays;
  const WordMap* seasons;
  const WordMap* quarters;
  const WordMap* numbers;
  const WordMap* units;
  const WordMap* references;
  const WordMap* modifiers;
  const WordList* future;
  const WordList* publication_labels;

  explicit DateLexicon(const RuleSet& r)
      : months(&r.map("months")),
        weekdays(&r.map("weekdays")),
        seasons(&r.map("seasons")),
        quarters(&r.map("quarters")),
        numbers(&r.map("numbers")),
        units(&r.map("time-units")),
        references(&r.map("time-references")),
        modifiers(&r.map("date-modifiers")),
        future(&r.list("future-markers")),
        publication_labels(&r.list("publication-labels")) {
    re2::RE2::Options options;
    options.set_log_errors(false);
    any = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
    for (const auto& p : r.patterns("dates")) {
      DateRule d{&p,
                 type_of(p.attribute("type", "DATE")),
                 p.attribute("norm", "date"),
                 {},
                 p.attribute("direction") == "deadline"};
      const auto& names = p.regex->NamedCapturingGroups();
      for (size_t i = 0; i < kPartCount; ++i) {
        auto it = names.find(kPartNames[i]);
        d.group[i] = it == names.end() ? -1 : it->second;
      }
      if (any->Add(p.pattern, nullptr) < 0) continue;  // cannot happen: the pattern compiled alone
      rules.push_back(d);
    }
    if (!any->Compile()) any.reset();
  }

  static DateType type_of(const std::string& t) {
    return t == "TIME"       ? DateType::Time
           : t == "DURATION" ? DateType::Duration
           : t == "SET"      ? DateType::Set
                             : DateType::Date;
  }
};

class DateTagger {
 public:
  DateTagger(Document& doc, const RuleSet& rules) : doc_(doc), lex_(rules.derived<DateLexicon>()) {
    if (doc.dct)
      dct_ = days_from_civil(
          {to_int(doc.dct->substr(0, 4)), to_int(doc.dct->substr(5, 2)), to_int(doc.dct->substr(8, 2))});
  }

  void run() {
    doc_.dates.clear();
    if (!lex_.any) return;
    std::vector<Match> matches;
    std::vector<size_t> paragraph_ends;  // in matches
    for (const Paragraph& p : doc_.paragraphs) {
      find_in(p.span, matches);
      paragraph_ends.push_back(matches.size());
    }
    if (!dct_) read_dateline(matches, paragraph_ends);
    for (const Match& m : choose(std::move(matches))) add(m);
  }

 private:
  Document& doc_;
  const DateLexicon& lex_;
  std::optional<int64_t> dct_;
  std::optional<int> last_year_;           // the last year the text named: the reference for "June 10"
  std::optional<int> last_month_;          // the last month the text named: the reference for "the 25th"
  std::optional<int> last_resolved_year_;  // the year of the last date resolved, named or implied
  std::optional<int64_t> last_day_;        // the last full date resolved: the reference for "the next day"

  // A full date near the top that stands as a line of its own ("March 01, 2008"), after a label
  // ("Published: June 3, 2023") or in a wire story's dateline ("FRANKFURT, March 6, 2024 (Reuters) -")
  // is the publication date.
  // matches: those of every paragraph in order, paragraph i's ending at paragraph_ends[i].
  void read_dateline(const std::vector<Match>& matches, const std::vector<size_t>& paragraph_ends) {
    for (size_t i = 0; i < doc_.paragraphs.size() && i < 3; ++i) {
      for (size_t k = i == 0 ? 0 : paragraph_ends[i - 1]; k < paragraph_ends[i]; ++k) {
        const Match& m = matches[k];
        if (m.parts[kYear].empty() || m.parts[kDay].empty() || !dates_the_story(m, i)) continue;
        std::string value = calendar_date(m);
        last_year_.reset();
        if (value.size() != 10) continue;
        doc_.dct = value;
        dct_ = days_from_civil({to_int(value.substr(0, 4)), to_int(value.substr(5, 2)), to_int(value.substr(8, 2))});
        return;
      }
    }
  }

  bool dates_the_story(const Match& m, size_t paragraph) const {
    const Paragraph& p = doc_.paragraphs[paragraph];
    if (m.span == p.span) return true;
    uint32_t after = after_dateline(doc_, paragraph);
    if (after != p.first_token && m.span.end <= doc_.tokens[after].begin) return true;
    return follows_label(m, p);
  }

  // "Published: June 3, 2023", "Published 12 January 2024", "Updated 9:41 a.m. ET, July 19, 2024":
  // a label (one to three words and a colon, or a word of publication-labels.list), at most a time
  // before the date and at most a time after it.
  bool follows_label(const Match& m, const Paragraph& p) const {
    constexpr uint32_t kTimeTokens = 6;  // "9:41", "a.m", ".", "ET", ","
    uint32_t after_label = label_end(p);
    if (after_label == p.first_token) return false;
    auto first = std::lower_bound(doc_.tokens.begin() + p.first_token, doc_.tokens.begin() + p.end_token, m.span.begin,
                                  [](const Token& t, uint32_t at) { return t.begin < at; });
    auto date = static_cast<uint32_t>(first - doc_.tokens.begin());
    if (date < after_label || date - after_label > kTimeTokens) return false;
    uint32_t after = date;
    while (after < p.end_token && doc_.tokens[after].begin < m.span.end) ++after;
    return p.end_token - after <= kTimeTokens;
  }

  // The token after the label that opens paragraph p, or its first token when none does.
  uint32_t label_end(const Paragraph& p) const {
    constexpr uint32_t kLabelWords = 3;
    uint32_t t = p.first_token;
    if (t < p.end_token && lex_.publication_labels->contains(doc_.token_text(t)))
      return t + 1 < p.end_token && doc_.token_text(t + 1) == ":" ? t + 2 : t + 1;
    for (; t < p.end_token && t <= p.first_token + kLabelWords; ++t) {
      if (doc_.token_text(t) == ":") return t > p.first_token ? t + 1 : p.first_token;
      if (doc_.tokens[t].kind != TokenKind::Word) return p.first_token;
    }
    return p.first_token;
  }

  void find_in(ByteSpan where, std::vector<Match>& out) const {
    re2::StringPiece text(doc_.text.data() + where.begin, where.size());
    std::vector<int> hits;
    if (!lex_.any->Match(text, &hits)) return;
    std::sort(hits.begin(), hits.end());
    for (int h : hits) find_rule(static_cast<size_t>(h), text, out);
  }

  void find_rule(size_t r, re2::StringPiece text, std::vector<Match>& out) const {
    const re2::RE2& re = *lex_.rules[r].rule->regex;
    int n = re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
    size_t pos = 0;
    while (pos < text.size() && re.Match(text, pos, text.size(), re2::RE2::UNANCHORED, groups.data(), n)) {
      Match m;
      m.rule = r;
      for (size_t i = 0; i < kPartCount; ++i) {
        int g = lex_.rules[r].group[i];
        if (g >= 0 && groups[static_cast<size_t>(g)].data())
          m.parts[i] = {groups[static_cast<size_t>(g)].data(), groups[static_cast<size_t>(g)].size()};
      }
      re2::StringPiece whole =
          m.parts[kSpan].empty() ? groups[0] : re2::StringPiece(m.parts[kSpan].data(), m.parts[kSpan].size());
      auto begin = static_cast<uint32_t>(whole.data() - doc_.text.data());
      m.span = {begin, begin + static_cast<uint32_t>(whole.size())};
      if (!m.span.empty() && plausible(m)) out.push_back(m);
      pos = static_cast<size_t>(groups[0].data() - text.data()) + std::max<size_t>(groups[0].size(), 1);
    }
  }

  // Money and percentages are not years: "$2020", "1999%".
  bool plausible(const Match& m) const {
    if (m.span.begin > 0 && (doc_.text[m.span.begin - 1] == '$' || doc_.text[m.span.begin - 1] == '#')) return false;
    if (m.span.end < doc_.text.size() && doc_.text[m.span.end] == '%') return false;
    return !names_show(m) && !is_decimal_amount(m) && !modifies_point(m) && !inside_number(m);
  }

  // "$4.1556 per share", "closed at 3.2019": digits next to more digits, or to a point or a comma
  // and more digits, belong to a number.
  bool inside_number(const Match& m) const {
    const std::string& t = doc_.text;
    auto digit = [&](size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
    auto separator = [&](size_t i) { return i < t.size() && (t[i] == '.' || t[i] == ','); };
    uint32_t b = m.span.begin, e = m.span.end;
    bool joined_before = b >= 2 && digit(b) && separator(b - 1) && digit(b - 2);
    bool joined_after = digit(e - 1) && (digit(e) || (separator(e) && digit(e + 1)));
    return joined_before || joined_after;
  }

  // "7.54 million", "rose 2.35": hours and minutes with a dot and no "a.m.", zone or "at" before them
  // are a decimal number.
  bool is_decimal_amount(const Match& m) const {
    if (m.parts[kHour].empty() || m.parts[kMinute].empty() || !m.parts[kAmPm].empty() || !m.parts[kZone].empty())
      return false;
    size_t separator = static_cast<size_t>(m.parts[kMinute].data() - doc_.text.data()) - 1;
    if (doc_.text[separator] != '.') return false;
    std::string_view word = word_before(m.span.begin);
    return !(folds_to(word, "at") || folds_to(word, "by") || folds_to(word, "until") || folds_to(word, "till"));
  }

  // "three quarter-point cuts", "a half-point rise": a share of a point, not of a year.
  bool modifies_point(const Match& m) const {
    return std::string_view(doc_.text).substr(m.span.end).starts_with("-point");
  }

  // "the BBC's Today programme", "NBC's Today show", "USA Today", "ABC's This Week": a capitalised
  // "Today" or "This Week" after a possessive, "the" or a word in capitals is a name, not the day.
  bool names_show(const Match& m) const {
    std::string_view span = std::string_view(doc_.text).substr(m.span.begin, m.span.size());
    if (span != "Today" && span != "This Week") return false;
    std::string_view word = word_before(m.span.begin);
    if (word.ends_with("'s") || word.ends_with("\xE2\x80\x99s") || word == "the") return true;
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // The word before byte `at`, across spaces, as far as kWordBefore bytes back (so that a match in a
  // long run without spaces costs no more than one in prose).
  std::string_view word_before(uint32_t at) const {
    size_t from = at > kWordBefore ? at - kWordBefore : 0;
    std::string_view before = std::string_view(doc_.text).substr(from, at - from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return before.substr(before.find_last_of(" \n\t(") + 1);
  }
  static constexpr size_t kWordBefore = 16;

  // The longest match wins where matches overlap; then the earlier rule.
  std::vector<Match> choose(std::vector<Match> matches) const {
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
      if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
      if (a.rule != b.rule) return a.rule < b.rule;
      return a.span.begin < b.span.begin;
    });
    std::map<uint32_t, uint32_t> taken;  // begin -> end
    std::vector<Match> chosen;
    for (auto& m : matches) {
      auto it = taken.lower_bound(m.span.begin);
      if (it != taken.end() && it->first < m.span.end) continue;
      if (it != taken.begin() && std::prev(it)->second > m.span.begin) continue;
      taken.emplace(m.span.begin, m.span.end);
      chosen.push_back(std::move(m));
    }
    std::sort(chosen.begin(), chosen.end(), [](const Match& a, const Match& b) { return a.span.begin < b.span.begin; });
    return chosen;
  }

  std::string column(const WordMap& map, std::string_view key, size_t i = 0) const {
    const auto* v = map.find(collapse_spaces(key));
    return v && v->size() > i ? (*v)[i] : std::string();
  }

  std::string mod_of(std::string_view modifier) const {
    if (modifier.empty()) return {};
    std::string m = ascii_lower(modifier);
    for (const char* drop : {"the ", " of"}) {
      size_t at = m.find(drop);
      if (at != std::string::npos) m.erase(at, std::string(drop).size());
    }
    return column(*lex_.modifiers, m);
  }

  // True when the words next to `at` speak of the future ("will meet on Tuesday", "on Tuesday, she
  // will"): a marker of rules/en/lists/future-markers.list within a few words, in the same sentence,
  // and not in a clause that "that" opens after it ("warned on Tuesday that it would be a mistake").
  bool future_at(uint32_t at) const {
    auto tok = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), at,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
    auto i = static_cast<uint32_t>(tok - doc_.tokens.begin());
    uint32_t from = i > kFutureWindow ? i - kFutureWindow : 0;
    uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(doc_.tokens.size()), i + kFutureWindow);
    for (uint32_t t = i; t-- > from && !doc_.tokens[t + 1].has(kSentenceStart);)
      if (is_future_word(t)) return true;
    bool aside = in_relative_aside(i);
    for (uint32_t t = i; t < to && (t == i || !doc_.tokens[t].has(kSentenceStart)); ++t) {
      if (is_future_word(t)) return true;
      if (ascii_lower(doc_.token_text(t)) == "that" || (aside && doc_.token_text(t) == ",")) break;
    }
    return false;
  }

  // Not "more than expected", "as planned": a comparison with what was expected is no future. Nor
  // "the next day" of a story told in the past ("arrested on Monday and charged the next day").
  bool is_future_word(uint32_t t) const {
    if (!lex_.future->contains(doc_.token_text(t))) return false;
    char buffer[8];
    std::string_view before = t > 0 ? ascii_lower_into(doc_.token_text(t - 1), buffer) : std::string_view();
    if (before == "the" && folds_to(doc_.token_text(t), "next") && t + 1 < doc_.tokens.size() &&
        is_day_word(doc_.token_text(t + 1)))
      return false;
    return before != "than" && before != "as";
  }

  static bool is_day_word(std::string_view w) {
    for (std::string_view day : {"day", "morning", "afternoon", "evening", "night"})
      if (folds_to(w, day)) return true;
    return false;
  }

  static constexpr uint32_t kAsideReach = 20;  // tokens back to the "which" of an aside

  // Token i lies in a relative clause between commas (", which ended negative rates in March, is
  // expected to"): what follows its closing comma is another clause's tense.
  bool in_relative_aside(uint32_t i) const {
    for (uint32_t t = i; t-- > 1 && i - t <= kAsideReach && !doc_.tokens[t + 1].has(kSentenceStart);) {
      std::string_view w = doc_.token_text(t);
      if (w == ",") return false;
      if ((ascii_lower(w) == "which" || ascii_lower(w) == "who") && doc_.token_text(t - 1) == ",") return true;
    }
    return false;
  }
  static constexpr uint32_t kFutureWindow = 8;

  int number_of(std::string_view s) const {
    double amount = amount_of(s);
    return amount < 0 ? -1 : static_cast<int>(amount);
  }

  // "3", "22.8", "two", "half a", "two and a half": the amount, or -1 when it is unspecified ("several")
  // or beyond any calendar (kMaxAmount).
  double amount_of(std::string_view s) const {
    double amount = written_amount(s);
    return amount > kMaxAmount ? -1 : amount;
  }
  static constexpr double kMaxAmount = 1e6;

  double written_amount(std::string_view s) const {
    if (s.empty()) return 1;
    double half = 0;
    for (std::string_view tail : {" and a half", " and half"})
      if (s.size() > tail.size() && ascii_lower(s.substr(s.size() - tail.size())) == tail) {
        s.remove_suffix(tail.size());
        half = 0.5;
      }
    std::string word = ascii_lower(s);
    if (is_ascii_digit(word[0])) return std::strtod(word.c_str(), nullptr) + half;
    std::string v = column(*lex_.numbers, word);
    return v.empty() || v == "X" ? -1 : std::strtod(v.c_str(), nullptr) + half;
  }

  void add(const Match& m) {
    const DateRule& rule = lex_.rules[m.rule];
    DateExpr d;
    d.span = m.span;
    d.type = rule.type;
    d.rule = rule.rule->name;
    d.mod = mod_of(m.parts[kModifier]);
    d.value = normalise(rule, m, d);
    if (d.value.empty()) return;
    if (auto day = full_date(d.value)) last_day_ = day;
    doc_.dates.push_back(std::move(d));
  }

  std::string normalise(const DateRule& rule, const Match& m, DateExpr& d) {
    const std::string& norm = rule.norm;
    if (norm == "date") return calendar_date(m);
    if (norm == "weekday") return weekday(m);
    if (norm == "weekend") return weekend(m);
    if (norm == "relday") return relative_day(m, d);
    if (norm == "relunit") return relative_unit(m, d);
    if (norm == "sequel") return day_after_last(m);
    if (norm == "ago") return ago(m);
    if (norm == "ref") return column(*lex_.references, ascii_lower(m.parts[kRef]));
    if (norm == "decade") return decade(m);
    if (norm == "century") return fmt::format("{:02}", std::max(0, to_int(m.parts[kCentury]) - 1));
    if (norm == "duration") return duration(m);
    if (norm == "set") return set(m);
    if (norm == "clock") return clock(m);
    if (norm == "part") return part_of_day(m);
    if (norm == "season") return season(m);
    if (norm == "quarter") return quarter(m);
    if (norm == "half") return half(m);
    return {};
  }

  int year_of(std::string_view y) const {
    int v = to_int(y);
    if (y.size() == 2) v += v <= 30 ? 2000 : 1900;
    return v;
  }

  std::string calendar_date(const Match& m) {
    int month = is_ascii_digit(m.parts[kMonth].empty() ? 'x' : m.parts[kMonth][0])
                    ? to_int(m.parts[kMonth])
                    : to_int(column(*lex_.months, ascii_lower(m.parts[kMonth])), 0);
    int day = to_int(m.parts[kDay], 0);
    bool month_named = month > 0;
    if (month_named) last_month_ = month;
    if (!month_named && day > 0)
      month = last_month_ ? *last_month_ : dct_ ? civil_from_days(*dct_).m : 0;  // "the 25th"
    if (month <= 0 && day > 0) return fmt::format("XXXX-XX-{:02}", day);
    if (!month_named && day > 0 && last_resolved_year_)
      return fmt::format("{:04}-{:02}-{:02}", *last_resolved_year_, month, day);
    std::string year;
    // "the highest unemployment since 1983": a point of comparison, not the year the text tells of.
    bool comparison = folds_to(m.parts[kModifier], "since");
    if (!m.parts[kYear].empty()) {
      year = fmt::format("{:04}", year_of(m.parts[kYear]));
      if (!comparison) last_year_ = year_of(m.parts[kYear]);
    } else if (month > 0) {
      year = implied_year(month, day, m.span.begin, lex_.rules[m.rule].deadline);
    }
    if (!year.empty() && is_ascii_digit(year[0]) && !comparison) last_resolved_year_ = to_int(year);
    if (month <= 0) return year;
    if (day <= 0) return fmt::format("{}-{:02}", year, month);
    return fmt::format("{}-{:02}-{:02}", year, month, day);
  }

  static constexpr int kRecentYears = 5;  // years before the dct's that a future sentence does not take

  // The year the text named last lies a few years before the dct's (not in a history).
  bool named_recent_past() const {
    if (!dct_ || !last_year_) return false;
    int y = civil_from_days(*dct_).y;
    return *last_year_ < y && *last_year_ >= y - kRecentYears;
  }

  // A month without a year: the year the text last named, else the dct's, moved by one when a bare
  // month lies on the other side of the dct from the sentence's direction. A sentence about the
  // future does not go back to a year of the recent past ("since July 2023. Its next meeting is on
  // Sept. 17", written in 2024).
  std::string implied_year(int month, int day, uint32_t at, bool deadline) const {
    bool future = future_at(at);
    if (last_year_ && !(future && named_recent_past())) return fmt::format("{:04}", *last_year_);
    if (!dct_) return "XXXX";
    Civil c = civil_from_days(*dct_);
    int y = c.y;
    if (day <= 0) {
      bool near = names_event_at(at) && month > c.m && month - c.m <= kNearMonths;  // "a June cut", in May
      if (future && month < c.m) ++y;
      if (!future && !deadline && !near && month > c.m) --y;  // "by December", written in October: this year's
    } else if (future && (month < c.m || (month == c.m && day < c.d))) {
      ++y;  // "is due to speak on Jan. 5", written in November
    }
    return fmt::format("{:04}", y);
  }

  // The month at byte `at` names an event, between a determiner and a noun: "a June cut", "its
  // September meeting". Such an event is the nearest of that name, and may lie ahead.
  bool names_event_at(uint32_t at) const {
    auto tok = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), at,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
    auto i = static_cast<uint32_t>(tok - doc_.tokens.begin());
    if (i == 0 || i + 1 >= doc_.tokens.size()) return false;
    const Token& next = doc_.tokens[i + 1];
    if (next.kind != TokenKind::Word || next.has(kCapitalized)) return false;
    char buffer[8];
    std::string_view before = ascii_lower_into(doc_.token_text(i - 1), buffer);
    return before == "a" || before == "the" || before == "its" || before == "their" || before == "his" ||
           before == "her";
  }
  static constexpr int kNearMonths = 1;

  std::string part_code(std::string_view part) const {
    std::string p = ascii_lower(part);
    if (p == "morning") return "MO";
    if (p == "afternoon") return "AF";
    if (p == "evening") return "EV";
    if (p == "night" || p == "tonight") return "NI";
    return {};
  }

  std::string weekday(const Match& m) const {
    int wd = to_int(column(*lex_.weekdays, ascii_lower(m.parts[kWeekday])));
    std::string part = m.parts[kDayPart].empty() ? "" : fmt::format("T{}", part_code(m.parts[kDayPart]));
    if (wd <= 0) return {};
    if (!dct_) return fmt::format("XXXX-WXX-{}{}", wd, part);
    std::string dir = ascii_lower(m.parts[kDirection]);
    bool deadline = lex_.rules[m.rule].deadline;  // "by Thursday"
    int today = iso_weekday(*dct_);
    int64_t day;
    if (dir == "this") {
      day = *dct_ - today + wd;
    } else if (dir == "next" || dir == "coming" || (dir.empty() && (future_at(m.span.begin) || deadline))) {
      day = *dct_ + ((wd - today + 7) % 7 == 0 && dir.empty() ? 0
                     : (wd - today + 7) % 7 == 0              ? 7
                                                              : (wd - today + 7) % 7);
    } else {
      int back = (today - wd + 7) % 7;
      if (dir == "last" && back == 0) back = 7;
      day = *dct_ - back;
    }
    return format_day(day) + part;
  }

  std::string weekend(const Match& m) const {
    if (!dct_) return "XXXX-WXX-WE";
    int today = iso_weekday(*dct_);
    int64_t saturday = future_at(m.span.begin) ? *dct_ + (6 - today + 7) % 7 : *dct_ - (today - 6 + 7) % 7;
    return iso_week(saturday) + "-WE";
  }

  // "the summer of 1776", "last spring", "this winter": YYYY-SP; a season of year Y begins in Y
  // (winter in its December). Without a year or a direction: the year the text last named, else
  // this season's.
  std::string season(const Match& m) {
    const auto* info = lex_.seasons->find(ascii_lower(m.parts[kSeason]));
    if (!info || info->size() < 2) return {};
    const std::string& code = (*info)[0];
    int first_month = to_int((*info)[1], 0);
    if (!m.parts[kYear].empty()) {
      last_year_ = year_of(m.parts[kYear]);
      return fmt::format("{:04}-{}", *last_year_, code);
    }
    int dir = direction_of(m.parts[kDirection]);
    bool future_from_past = named_recent_past() && future_at(m.span.begin);  // "could last into the summer"
    if (dir == 0 && m.parts[kDirection].empty() && last_year_ && !future_from_past)
      return fmt::format("{:04}-{}", *last_year_, code);
    if (!dct_) return "XXXX-" + code;
    Civil c = civil_from_days(*dct_);
    int current_first = c.m >= 12 ? 12 : c.m >= 9 ? 9 : c.m >= 6 ? 6 : c.m >= 3 ? 3 : 12;
    int current_year = current_first == 12 && c.m < 12 ? c.y - 1 : c.y;
    auto before_current = [&](int y) { return y < current_year || (y == current_year && first_month < current_first); };
    int y = first_month == 12 && c.m < 3 ? c.y - 1 : c.y;  // this season's occurrence
    if (dir < 0)
      while (!before_current(y)) --y;
    if (dir > 0)
      while (y < current_year || (y == current_year && first_month <= current_first)) ++y;
    if (m.parts[kDirection].empty()) {  // "in the fall": by the tense, as a month alone
      bool future = future_at(m.span.begin);
      if (future && before_current(y)) ++y;
      if (!future && !before_current(y) && (y > current_year || first_month > current_first)) --y;
    }
    return fmt::format("{:04}-{}", y, code);
  }

  // "the first quarter of 2009", "the third quarter of last year", "Q3 2009": YYYY-QN. Without a year
  // or a direction: the year the text last named, else the publication year.
  std::string quarter(const Match& m) { return part_of_year(m, 'Q'); }

  // "the first half of 2023": the ordinal is read as for a quarter ("first" 1, "second" 2).
  std::string half(const Match& m) {
    std::string n = column(*lex_.quarters, ascii_lower(m.parts[kQuarter]));
    return n == "1" || n == "2" ? part_of_year(m, 'H') : std::string();
  }

  // "2009-Q3", "2023-H1": `part` names the kind of part, the quarter group its number.
  std::string part_of_year(const Match& m, char part) {
    std::string n = column(*lex_.quarters, ascii_lower(m.parts[kQuarter]));
    if (n.empty()) return {};
    n = part + n;
    if (!m.parts[kYear].empty()) {
      last_year_ = year_of(m.parts[kYear]);
      return fmt::format("{:04}-{}", *last_year_, n);
    }
    if (m.parts[kDirection].empty() && last_year_) return fmt::format("{:04}-{}", *last_year_, n);
    if (!dct_) return "XXXX-" + n;
    return fmt::format("{:04}-{}", civil_from_days(*dct_).y + direction_of(m.parts[kDirection]), n);
  }

  std::string relative_day(const Match& m, DateExpr& d) const {
    std::string r = ascii_lower(m.parts[kRef]);
    int offset = r == "yesterday" ? -1 : r == "tomorrow" ? 1 : 0;
    if (r == "tonight") d.type = DateType::Time;
    if (!dct_) return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return format_day(*dct_ + offset) + (r == "tonight" ? "TNI" : "");
  }

  std::string day_after_last(const Match& m) const {
    int shift = direction_of(m.parts[kDirection]);
    std::optional<int64_t> reference = last_day_ ? last_day_ : dct_;
    if (!reference) return shift < 0 ? "PAST_REF" : "FUTURE_REF";
    return format_day(*reference + shift);
  }

  // The day number of a value "YYYY-MM-DD".
  static std::optional<int64_t> full_date(std::string_view v) {
    bool shape = v.size() == 10 && v[4] == '-' && v[7] == '-' &&
                 std::all_of(v.begin(), v.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shape) return std::nullopt;
    return days_from_civil({to_int(v.substr(0, 4)), to_int(v.substr(5, 2)), to_int(v.substr(8, 2))});
  }

  int direction_of(std::string_view s) const {
    std::string d = ascii_lower(s);
    if (d == "last" || d == "past" || d == "previous" || d == "before") return -1;
    if (d == "next" || d == "coming" || d == "following" || d == "after") return 1;
    return 0;
  }

  std::string period(int64_t day, const std::string& unit, int shift) const {
    Civil c = civil_from_days(day);
    if (unit == "year") return fmt::format("{:04}", c.y + shift);
    if (unit == "month") return format_day(add_months(day, shift)).substr(0, 7);
    if (unit == "week") return iso_week(day + 7 * shift);
    if (unit == "weekend") return iso_week(day + 7 * shift) + "-WE";
    if (unit == "day") return format_day(day + shift);
    if (unit == "quarter") {
      int q = (c.y * 4 + (c.m - 1) / 3) + shift;
      return fmt::format("{:04}-Q{}", q / 4, q % 4 + 1);
    }
    if (unit == "decade") return fmt::format("{:03}", c.y / 10 + shift);
    if (unit == "century") return fmt::format("{:02}", c.y / 100 + shift);
    return {};
  }

  std::string relative_unit(const Match& m, DateExpr& d) const {
    int shift = direction_of(m.parts[kDirection]);
    std::string unit = ascii_lower(m.parts[kUnit]);
    if (ascii_lower(m.parts[kDirection]) == "past") {  // "the past decade" is a span of time: P10Y
      d.type = DateType::Duration;
      Match one = m;
      one.parts[kNumber] = "1";
      return duration(one);
    }
    if (unit == "year" && follows_named_year(m)) return fmt::format("{:04}", *last_year_ + shift);
    if (!dct_) return shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return period(*dct_, unit, shift);
  }

  // "moved to Britain in 1958 and began working there the following year": "the following year"
  // and "the previous year" count from the year the text named last, not from the publication date.
  bool follows_named_year(const Match& m) const {
    std::string direction = ascii_lower(m.parts[kDirection]);
    if (!last_year_ || (direction != "following" && direction != "previous")) return false;
    std::string_view before = std::string_view(doc_.text).substr(0, m.span.begin);
    return before.size() >= 4 && ascii_lower(before.substr(before.size() - 4)) == "the ";
  }

  std::string ago(const Match& m) const {
    int n = number_of(m.parts[kNumber]);
    std::string unit = ascii_lower(m.parts[kUnit]);
    if (!dct_ || n < 0) return "PAST_REF";
    if (unit == "year") return period(*dct_, "year", -n);
    if (unit == "month") return period(*dct_, "month", -n);
    if (unit == "week") return period(*dct_, "week", -n);
    if (unit == "day") return period(*dct_, "day", -n);
    if (unit == "decade") return period(*dct_, "decade", -n);
    return "PAST_REF";
  }

  std::string decade(const Match& m) const {
    std::string_view d = m.parts[kDecade];
    if (d.size() == 2) return (to_int(d) >= 30 ? "19" : "20") + std::string(1, d[0]);
    return std::string(d.substr(0, 3));
  }

  std::string duration(const Match& m) const {
    std::string unit = ascii_lower(m.parts[kUnit]);
    if (!unit.empty() && unit.back() == 's') unit.pop_back();
    std::string letter = column(*lex_.units, unit);
    bool clock = column(*lex_.units, unit, 1) == "clock";
    if (letter.empty()) return {};
    double n = m.parts[kNumber].empty() ? -1 : amount_of(m.parts[kNumber]);
    if (n < 0) return fmt::format("{}X{}", clock ? "PT" : "P", letter);
    if (letter == "DE") return fmt::format("P{}Y", decimal(n * 10));
    if (letter == "CE") return fmt::format("P{}Y", decimal(n * 100));
    if (letter == "Q") return fmt::format("P{}M", decimal(n * 3));
    if (letter == "H" && n != static_cast<int>(n)) return fmt::format("PT{}M", decimal(n * 60));
    return fmt::format("{}{}{}", clock ? "PT" : "P", decimal(n), letter);
  }

  std::string set(const Match& m) const {
    std::string unit = ascii_lower(m.parts[kUnit]);
    if (int wd = to_int(column(*lex_.weekdays, unit)); wd > 0) return fmt::format("XXXX-WXX-{}", wd);
    static const std::map<std::string, std::string> adverbs = {
        {"daily", "P1D"},  {"weekly", "P1W"}, {"monthly", "P1M"}, {"annually", "P1Y"},
        {"yearly", "P1Y"}, {"annual", "P1Y"}, {"hourly", "PT1H"}, {"quarterly", "P3M"}};
    if (auto it = adverbs.find(unit); it != adverbs.end()) return it->second;
    std::string letter = column(*lex_.units, unit);
    if (letter.empty()) return {};
    return (column(*lex_.units, unit, 1) == "clock" ? "PT1" : "P1") + letter;
  }

  std::string date_prefix() const { return dct_ ? format_day(*dct_) : "XXXX-XX-XX"; }

  std::string clock(const Match& m) const {
    int hour = to_int(m.parts[kHour]);
    int minute = to_int(m.parts[kMinute], 0);
    std::string ampm = ascii_lower(m.parts[kAmPm]);
    if (!ampm.empty() && ampm[0] == 'p' && hour < 12) hour += 12;
    if (!ampm.empty() && ampm[0] == 'a' && hour == 12) hour = 0;
    std::string zone = m.parts[kZone] == "UTC" || m.parts[kZone] == "GMT" ? "Z" : "";
    return fmt::format("{}T{:02}:{:02}{}", date_prefix(), hour, minute, zone);
  }

  std::string part_of_day(const Match& m) const {
    std::string p = ascii_lower(m.parts[kDayPart]);
    std::string dir = ascii_lower(m.parts[kDirection]);
    int offset = dir == "yesterday" || dir == "last" ? -1 : dir == "tomorrow" ? 1 : 0;
    std::string day = dct_ ? format_day(*dct_ + offset) : "XXXX-XX-XX";
    if (p == "midnight") return day + "T24:00";
    if (p == "noon" || p == "midday") return day + "T12:00";
    return day + "T" + part_code(p);
  }
};

}  // namespace

void tag_dates(Document& doc, const RuleSet& rules) { DateTagger(doc, rules).run(); }

}  // namespace whosaid
