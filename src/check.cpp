#include "whosaid/check.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "text_util.h"

namespace whosaid {

const std::vector<CheckInfo>& all_checks() {
  static const std::vector<CheckInfo> checks = {
      {"unattributed-quote", DiagnosticLevel::Warning, "a direct quotation with no speaker anywhere"},
      {"ambiguous-speaker", DiagnosticLevel::Warning, "a pronoun speaker with no antecedent, or two equally likely"},
      {"speaker-not-introduced", DiagnosticLevel::Warning,
       "a person quoted by surname or title only, never by full name"},
      {"inconsistent-title", DiagnosticLevel::Warning, "the same person with titles that do not agree"},
      {"inconsistent-name", DiagnosticLevel::Warning, "two different full names for one surname"},
      {"unbalanced-quote", DiagnosticLevel::Warning, "a quotation mark that is never closed, or never opened"},
      {"anonymous-source", DiagnosticLevel::Note, "an anonymous or vague source"},
      {"relative-date-without-dct", DiagnosticLevel::Note, "a relative date that no publication date resolves"},
      {"date-after-publication", DiagnosticLevel::Warning, "a speech event dated after the publication date"},
      {"conflicting-attribution", DiagnosticLevel::Warning, "the same words attributed to two speakers"},
  };
  return checks;
}

namespace {

class Checker {
 public:
  Checker(const Document& doc, const RuleSet& rules, const std::string& path, const std::set<std::string>& ignored)
      : doc_(doc), rules_(rules), path_(path), ignored_(ignored) {
    line_starts_.push_back(0);
    for (uint32_t i = 0; i < doc.text.size(); ++i)
      if (doc.text[i] == '\n') line_starts_.push_back(i + 1);
  }

  std::vector<Diagnostic> run() {
    if (on("unattributed-quote")) unattributed_quotes();
    if (on("ambiguous-speaker")) ambiguous_speakers();
    if (on("speaker-not-introduced")) speakers_not_introduced();
    if (on("inconsistent-title")) inconsistent_titles();
    if (on("inconsistent-name")) inconsistent_names();
    if (on("unbalanced-quote")) unbalanced_quotes();
    if (on("anonymous-source")) anonymous_sources();
    if (on("relative-date-without-dct")) relative_dates_without_dct();
    if (on("date-after-publication")) dates_after_publication();
    if (on("conflicting-attribution")) conflicting_attributions();
    std::stable_sort(out_.begin(), out_.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
    return std::move(out_);
  }

 private:
  const Document& doc_;
  const RuleSet& rules_;
  const std::string& path_;
  const std::set<std::string>& ignored_;
  std::vector<uint32_t> line_starts_;
  std::vector<Diagnostic> out_;

  bool on(const char* id) const { return !ignored_.count(id); }

  static DiagnosticLevel level_of(const std::string& id) {
    for (const auto& c : all_checks())
      if (id == c.id) return c.level;
    return DiagnosticLevel::Warning;
  }

  static uint32_t code_points(std::string_view s) {
    uint32_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }

  static uint32_t char_start(std::string_view text, uint32_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
  }

  void report(const std::string& id, ByteSpan span, std::string message) {
    Diagnostic d;
    d.path = path_;
    d.span = span;
    d.rule = id;
    d.level = level_of(id);
    d.message = std::move(message);
    std::string_view text = doc_.text;
    auto line = static_cast<size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), span.begin) -
                                    line_starts_.begin() - 1);
    uint32_t start = line_starts_[line];
    uint32_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] - 1 : static_cast<uint32_t>(text.size());
    d.line = static_cast<uint32_t>(line + 1);
    d.column = code_points(text.substr(start, span.begin - start)) + 1;
    // Long lines (a paragraph per line is common) are shown as a window around the problem.
    uint32_t from = span.begin > start + 60 ? char_start(text, span.begin - 60) : start;
    uint32_t to = std::min(end, char_start(text, std::min<uint32_t>(static_cast<uint32_t>(text.size()),
                                                                    std::max(span.end, span.begin) + 60)));
    if (to < span.begin) to = end;
    d.source_line = std::string(text.substr(from, to - from));
    d.caret_column = code_points(text.substr(from, span.begin - from));
    uint32_t visible_end = std::min(span.end, to);
    d.caret_width = std::max<uint32_t>(
        1, visible_end > span.begin ? code_points(text.substr(span.begin, visible_end - span.begin)) : 1);
    out_.push_back(std::move(d));
  }

  std::string excerpt(ByteSpan s, size_t max = 60) const {
    std::string t(doc_.slice(s));
    if (t.size() > max) t = t.substr(0, char_start(t, static_cast<uint32_t>(max))) + "...";
    return t;
  }

  uint32_t token_at(uint32_t byte) const {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), byte,
                               [](const Token& t, uint32_t b) { return t.begin < b; });
    return static_cast<uint32_t>(it - doc_.tokens.begin());
  }

  // The opening quotation mark of a quote's content, or its first word.
  ByteSpan opening_of(const Quote& q) const {
    uint32_t t = token_at(q.content.begin);
    if (t > 0 && doc_.tokens[t - 1].kind == TokenKind::Quote) return {doc_.tokens[t - 1].begin, doc_.tokens[t - 1].end};
    return {q.content.begin, std::min(q.content.end, q.content.begin + 1)};
  }

  const Mention* mention_with_span(ByteSpan s) const {
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), s.begin,
                               [&](const Mention& m, uint32_t b) { return doc_.tokens[m.first_token].begin < b; });
    for (; it != doc_.mentions.end() && doc_.tokens[it->first_token].begin == s.begin; ++it)
      if (it->span == s) return &*it;
    return nullptr;
  }

  void unattributed_quotes() {
    for (const auto& q : doc_.quotes)
      if (q.type == QuoteType::Direct && q.speaker < 0 && !q.speaker_mention)
        report("unattributed-quote", opening_of(q),
               fmt::format("quotation \"{}\" has no speaker", excerpt(q.content, 40)));
  }

  void ambiguous_speakers() {
    const WordList& pronouns = rules_.list("subject-pronouns");
    std::set<uint32_t> reported;  // "he said A and added B": one pronoun, one warning
    for (const auto& q : doc_.quotes) {
      if (!q.speaker_mention || !pronouns.contains(doc_.slice(*q.speaker_mention))) continue;
      if (!reported.insert(q.speaker_mention->begin).second) continue;
      std::string word(doc_.slice(*q.speaker_mention));
      if (q.speaker < 0) {
        report("ambiguous-speaker", *q.speaker_mention,
               fmt::format("speaker '{}' points to no one named before it", word));
        continue;
      }
      const Mention* m = mention_with_span(*q.speaker_mention);
      bool joint = !q.co_speakers.empty();  // "Meloni and Rutte said they hoped": they are both
      if (m && m->confidence < 0.7f && !joint)
        report("ambiguous-speaker", *q.speaker_mention,
               fmt::format("speaker '{}' could be more than one person; resolved to {} with low confidence", word,
                           doc_.entities[static_cast<size_t>(q.speaker)].name));
    }
  }

  void speakers_not_introduced() {
    for (const auto& e : doc_.entities) {
      if (e.type != EntityType::Person || !(e.roles & kSpeaker) || e.mentions.empty()) continue;
      bool named = std::any_of(e.mentions.begin(), e.mentions.end(),
                               [&](uint32_t m) { return doc_.mentions[m].kind == MentionKind::Name; });
      if (!named) continue;  // "a senior official": the anonymous-source check's concern
      bool full = std::any_of(e.mentions.begin(), e.mentions.end(), [&](uint32_t m) {
        const Mention& mention = doc_.mentions[m];
        return mention.kind == MentionKind::Name && doc_.slice(mention.span).find(' ') != std::string_view::npos;
      });
      if (full) continue;
      const Mention& first = doc_.mentions[e.mentions.front()];
      report("speaker-not-introduced", first.span,
             fmt::format("{} is quoted but never introduced with a full name and role", e.name));
    }
  }

  static std::set<std::string> words_of(const std::string& s) {
    std::set<std::string> out;
    for (const auto& w : split(ascii_lower(s), ' '))
      if (!w.empty()) out.insert(w);
    return out;
  }

  static bool agree(const std::string& a, const std::string& b) {
    auto wa = words_of(a), wb = words_of(b);
    return std::includes(wa.begin(), wa.end(), wb.begin(), wb.end()) ||
           std::includes(wb.begin(), wb.end(), wa.begin(), wa.end());
  }

  // Formal titles, capitalised before a name ("Senator", "Foreign Minister"), that disagree; a
  // description in lower case ("presidential candidate", "an adviser to ...") adds a role.
  void inconsistent_titles() {
    for (const auto& e : doc_.entities) {
      if (e.type != EntityType::Person) continue;
      std::vector<const std::string*> formal;
      for (const auto& title : e.titles)
        if (!title.empty() && is_ascii_upper(title[0])) formal.push_back(&title);
      for (size_t i = 1; i < formal.size(); ++i) {
        if (agree(*formal[0], *formal[i])) continue;
        const Mention* at = titled_mention(e, *formal[i]);
        report("inconsistent-title", at ? at->extent : doc_.mentions[e.mentions.back()].span,
               fmt::format("{} is \"{}\" here but \"{}\" earlier", e.name, *formal[i], *formal[0]));
      }
    }
  }

  const Mention* titled_mention(const Entity& e, const std::string& title) const {
    for (uint32_t m : e.mentions) {
      const Mention& mention = doc_.mentions[m];
      if (doc_.slice({mention.extent.begin, mention.span.begin}).find(title) != std::string_view::npos) return &mention;
    }
    return nullptr;
  }

  void inconsistent_names() {
    std::map<std::string, const Entity*> by_surname;
    for (const auto& e : doc_.entities) {
      if (e.type != EntityType::Person || e.name.find(' ') == std::string::npos || e.mentions.empty()) continue;
      std::string surname = e.name.substr(e.name.rfind(' ') + 1);
      auto [it, fresh] = by_surname.emplace(surname, &e);
      if (fresh) continue;
      report("inconsistent-name", doc_.mentions[e.mentions.front()].span,
             fmt::format("\"{}\" here, but \"{}\" earlier: the same person?", e.name, it->second->name));
    }
  }

  void unbalanced_quotes() {
    for (const auto& p : doc_.problems) {
      if (p.code != "unbalanced-quote" || !p.offset) continue;
      uint32_t t = token_at(*p.offset);
      if (t >= doc_.tokens.size()) continue;
      const Token& mark = doc_.tokens[t];
      std::string_view text = doc_.token_text(t);
      report("unbalanced-quote", {mark.begin, mark.end},
             mark.quote_role == QuoteRole::Close ? fmt::format("closing quotation mark {} has no opening mark", text)
                                                 : fmt::format("quotation mark {} is never closed", text));
    }
  }

  void anonymous_sources() {
    for (const auto& rule : rules_.patterns("check")) {
      if (!rule.name.starts_with("check.anonymous-source")) continue;
      re2::StringPiece text(doc_.text);
      re2::StringPiece match;
      size_t pos = 0;
      while (pos < text.size() && rule.regex->Match(text, pos, text.size(), re2::RE2::UNANCHORED, &match, 1)) {
        auto begin = static_cast<uint32_t>(match.data() - doc_.text.data());
        ByteSpan at{begin, begin + static_cast<uint32_t>(match.size())};
        report("anonymous-source", at, fmt::format("anonymous or vague source: \"{}\" [{}]", excerpt(at), rule.name));
        pos = std::max<size_t>(at.end, pos + 1);
      }
    }
  }

  void relative_dates_without_dct() {
    if (doc_.dct) return;
    for (const auto& d : doc_.dates) {
      bool relative = d.value.find("XXXX") != std::string::npos || d.rule == "date.relative-day" ||
                      d.rule == "date.relative-unit" || d.rule == "date.ago";
      if (relative)
        report("relative-date-without-dct", d.span,
               fmt::format("\"{}\" cannot be resolved without a publication date (give --dct)", doc_.slice(d.span)));
    }
  }

  void dates_after_publication() {
    if (!doc_.dct) return;
    for (const auto& q : doc_.quotes) {
      if (q.date < 0) continue;
      const DateExpr& d = doc_.dates[static_cast<size_t>(q.date)];
      std::string value = d.value.substr(0, std::min<size_t>(d.value.size(), 10));
      if (value.empty() || !is_ascii_digit(value[0])) continue;
      std::string dct = doc_.dct->substr(0, value.size());
      if (value > dct)
        report("date-after-publication", d.span,
               fmt::format("\"{}\" ({}) dates what was said after the publication date {}", doc_.slice(d.span), d.value,
                           *doc_.dct));
    }
  }

  static std::string normalised(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (is_ascii_alpha(c) || is_ascii_digit(c) || (static_cast<unsigned char>(c) & 0x80)) {
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
      } else {
        space = true;
      }
    }
    return out;
  }

  void conflicting_attributions() {
    std::map<std::string, const Quote*> seen;
    for (const auto& q : doc_.quotes) {
      if (q.speaker < 0) continue;
      std::string key = normalised(doc_.slice(q.content));
      if (key.size() < 12) continue;
      auto [it, fresh] = seen.emplace(key, &q);
      if (fresh || it->second->speaker == q.speaker) continue;
      report("conflicting-attribution", opening_of(q),
             fmt::format("these words are attributed to {} here and to {} before",
                         doc_.entities[static_cast<size_t>(q.speaker)].name,
                         doc_.entities[static_cast<size_t>(it->second->speaker)].name));
    }
  }
};

}  // namespace

std::vector<Diagnostic> check_document(const Document& doc, const RuleSet& rules, const std::string& path,
                                       const std::set<std::string>& ignored) {
  return Checker(doc, rules, path, ignored).run();
}

}  // namespace whosaid
