#include "quotes.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "dateline.h"
#include "screened_regex.h"
#include "text_util.h"

namespace whosaid {
namespace {

struct TokenRange {
  uint32_t begin = 0;  // token indexes, half-open
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Candidate {
  Quote quote;
  TokenRange content;
  size_t priority;  // the rule's position: earlier rules win ties
};

// The symbols present in a stretch of text, one bit each, so that a rule's requirements are a
// few bit tests instead of a scan per rule.
class SymbolSet {
 public:
  SymbolSet() = default;
  explicit SymbolSet(std::string_view symbols) {
    for (unsigned char c : symbols) bits_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  bool intersects(const SymbolSet& other) const {
    return (bits_[0] & other.bits_[0]) != 0 || (bits_[1] & other.bits_[1]) != 0 || (bits_[2] & other.bits_[2]) != 0 ||
           (bits_[3] & other.bits_[3]) != 0;
  }

 private:
  uint64_t bits_[4] = {0, 0, 0, 0};
};

struct CompiledRule {  // a quotes.rules pattern with its attributes read once
  const PatternRule* rule;
  bool direct;
  bool paragraph_scope;
  float confidence;
  uint32_t min_tokens;
  std::vector<SymbolSet> requires_symbols{};  // each: symbols of which one must occur
  int speaker_group = -1, cue_group = -1, content_group = -1, addressee_group = -1, content2_group = -1;
  // What RE2 runs: the rule's pattern, or the pattern without the "[^.]+" that ends it inside its
  // last group (the rest of the sentence). That group is then extended to the next period by hand:
  // the same match, without making RE2's group matcher walk the rest of the sentence.
  std::optional<ScreenedRegex> matcher{};
  int runs_to_period = -1;             // the group extended, or -1
  bool nearest_clause_source = false;  // "source: nearest-clause": see QuoteFinder::nearest_clause_subject
  bool relative_head_source = false;   // "source: relative-head": the source stands before "who" or "which"
};

// The pattern without a final "[^.]+" or "[^.]*" that closes its last capturing group (a group with
// no alternatives), and that group's number; or an empty pattern and -1.
std::pair<std::string, int> without_sentence_tail(std::string_view pattern) {
  struct Open {
    size_t at;
    int group;  // 0: not capturing
  };
  std::vector<Open> open;
  int groups = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size() && pattern[i + 1] == 'Q') {  // \Q...\E: literal text
      i = pattern.find("\\E", i + 2);
      if (i == std::string_view::npos) return {};
      ++i;
    } else if (c == '\\') {
      ++i;
    } else if (c == '[') {
      i = class_end(pattern, i);
      if (i == std::string_view::npos) return {};
    } else if (c == '(') {
      bool capturing = i + 1 >= pattern.size() || pattern[i + 1] != '?' || pattern.substr(i + 2, 1) == "P";
      open.push_back({i, capturing ? ++groups : 0});
    } else if (c == ')') {
      if (open.empty()) return {};
      Open last = open.back();
      open.pop_back();
      if (i + 1 != pattern.size() || last.group == 0) continue;
      if (pattern.substr(last.at, i - last.at).find('|') != std::string_view::npos) return {};
      for (std::string_view tail : {"[^.]+)", "[^.]*)"})
        if (pattern.ends_with(tail))
          return {std::string(pattern.substr(0, pattern.size() - tail.size())) + (tail[4] == '+' ? "[^.])" : ")"),
                  last.group};
    }
  }
  return {};
}

// Every word the symbol alphabet names, lower-cased, with its symbol (one hash lookup per token),
// and the quote rules with their attributes read once.
struct WordSymbol {
  char symbol = 0;                // 0: none, a plain word
  bool starts_phrase = false;     // of a two-word cue
  bool base_form = false;         // "say", "call"
  bool s_form = false;            // a finite cue in -s: "says", "reports"
  uint8_t count = 0;              // of a number word: 1 for "one", 2 for any more; 0: no number
  bool opens_time = false;        // "this" of "this week": part of the when before a time word
  bool qualifies_amount = false;  // "about", "over": before an amount, no preposition
  bool continues = false;         // "went" of "went on to say"
  bool names = false;             // "called" of "a company called Nexus": a name given, nothing said
  bool modal = false;             // "would", "could": governs a base form
};

struct SymbolLexicon {
  WordIndex<WordSymbol> words;  // one lookup a token
  WordIndex<char> phrases;      // two-word cues

  void name(std::string_view word, char symbol) {  // the first symbol given to a word stays
    WordSymbol& entry = words.emplace(word, {});
    if (!entry.symbol) entry.symbol = symbol;
  }

  explicit SymbolLexicon(const RuleSet& rules) {
    for (auto [w, symbol] : {std::pair{"that", 'T'},
                             {"according", 'A'},
                             {"to", 'o'},
                             {"and", 'c'},
                             {"but", 'c'},
                             {"not", 'n'},
                             {"n't", 'n'},
                             {"never", 'n'},
                             {"is", 'k'},
                             {"are", 'k'},
                             {"was", 'k'},
                             {"were", 'k'},
                             {"'s", 'p'},
                             {"\xE2\x80\x99s", 'p'}})
      name(w, symbol);
    for (const auto& [form, columns] : rules.map("cue-verbs").entries()) {
      if (columns.size() < 2) continue;
      // A base form after its subject is a present tense ("officials say"): it reports as a finite cue.
      bool object = columns.size() > 3 && columns[3] == "object";
      bool participle = columns[1] == "participle";
      char symbol = object ? (participle ? 'r' : 'R') : (participle ? 'G' : 'V');
      if (columns.size() > 3 && columns[3] == "appearance") symbol = 'E';
      if (columns.size() > 2 && columns[2] == "none") symbol = 'w';  // "called off" reports nothing
      if (columns[1] == "base") words.emplace(form, {}).base_form = true;
      if (columns[1] == "finite" && form.ends_with('s')) words.emplace(form, {}).s_form = true;
      size_t space = form.find(' ');
      if (space == std::string::npos) {
        name(form, symbol);
        continue;
      }
      phrases.emplace(form, symbol);
      words.emplace(form.substr(0, space), {}).starts_phrase = true;
    }
    for (const auto& [day, number] : rules.map("weekdays").entries()) name(day, 'd');
    for (const auto& w : rules.list("time-words").entries()) name(w, 'd');
    for (const auto& w : rules.list("time-openers").entries()) words.emplace(w, {}).opens_time = true;
    for (const auto& [w, value] : rules.map("numbers").entries()) add_number(w, value);
    for (const auto& [w, mod] : rules.map("date-modifiers").entries())
      if (!mod.empty() && (mod[0] == "APPROX" || mod[0] == "MORE_THAN" || mod[0] == "LESS_THAN"))
        words.emplace(w, {}).qualifies_amount = true;
    for (const auto& w : rules.list("continuation-verbs").entries()) words.emplace(w, {}).continues = true;
    for (const auto& w : rules.list("naming-verbs").entries()) words.emplace(w, {}).names = true;
    for (const auto& w : rules.list("modals").entries()) words.emplace(w, {}).modal = true;
    for (auto [list, symbol] : {std::pair{"subject-pronouns", 'P'},
                                {"object-pronouns", 'O'},
                                {"nominal-sources", 'N'},
                                {"determiners", 'D'},
                                {"quote-auxiliaries", 'a'},
                                {"prepositions", 'i'}})
      for (const auto& w : rules.list(list).entries()) name(w, symbol);
    for (const auto& r : rules.patterns("quotes")) compile(r);
  }

  std::vector<CompiledRule> quote_rules;

  // "one", "three": not "a", "an" ("a reported case"), nor "several" (no count).
  void add_number(const std::string& word, const std::vector<std::string>& value) {
    if (value.empty() || word == "a" || word == "an" || value[0].find_first_not_of("0123456789") != std::string::npos)
      return;
    words.emplace(word, {}).count = value[0] == "1" ? 1 : 2;
  }

  // "VT" needs a V and a T; "[VR]T" needs a V or an R, and a T.
  static std::vector<SymbolSet> required_symbols(const std::string& spec) {
    std::vector<SymbolSet> out;
    for (size_t i = 0; i < spec.size(); ++i) {
      size_t close = spec[i] == '[' ? spec.find(']', i) : std::string::npos;
      if (close == std::string::npos) {
        out.emplace_back(std::string_view(&spec[i], 1));
        continue;
      }
      out.emplace_back(std::string_view(spec).substr(i + 1, close - i - 1));
      i = close;
    }
    return out;
  }

  void compile(const PatternRule& r) {
    CompiledRule c{&r, r.attribute("type") == "direct", r.attribute("scope", "sentence") == "paragraph",
                   std::strtof(r.attribute("confidence", "0.8").c_str(), nullptr),
                   static_cast<uint32_t>(std::strtoul(r.attribute("min_tokens", "1").c_str(), nullptr, 10))};
    const auto& names = r.regex->NamedCapturingGroups();
    auto group = [&](const char* name) {
      auto it = names.find(name);
      return it == names.end() ? -1 : it->second;
    };
    c.speaker_group = group("speaker");
    c.cue_group = group("cue");
    c.content_group = group("content");
    c.addressee_group = group("addressee");
    c.content2_group = group("content2");
    c.requires_symbols = required_symbols(r.attribute("requires"));
    c.nearest_clause_source = r.attribute("source") == "nearest-clause";
    c.relative_head_source = r.attribute("source") == "relative-head";
    c.matcher.emplace(r.regex);
    auto [cut, tail_group] = without_sentence_tail(r.pattern);
    if (tail_group > 0) {
      auto cut_regex = std::make_shared<const re2::RE2>(cut, r.regex->options());
      if (cut_regex->ok() && cut_regex->NumberOfCapturingGroups() == r.regex->NumberOfCapturingGroups()) {
        c.matcher.emplace(std::move(cut_regex));
        c.runs_to_period = tail_group;
      }
    }
    if (c.content_group >= 0) quote_rules.push_back(c);  // a rule without content finds no quote
  }
};

class QuoteFinder {
 public:
  QuoteFinder(Document& doc, const RuleSet& rules)
      : doc_(doc),
        cues_(rules.map("cue-verbs")),
        pronouns_(rules.list("subject-pronouns")),
        addressee_cues_(rules.list("addressee-cues")),
        subordinators_(rules.list("subordinators")),
        act_nouns_(rules.list("act-nouns")),
        honorifics_(rules.list("honorifics")),
        copulas_(rules.list("copulas")),
        date_modifiers_(rules.map("date-modifiers")),
        anonymity_words_(rules.list("anonymity-words")),
        furniture_labels_(rules.list("furniture-labels")),
        survey_nouns_(rules.list("survey-nouns")),
        source_modifiers_(rules.list("source-modifiers")),
        empty_objects_(rules.list("empty-objects")),
        org_words_(rules.list("org-words")),
        pronoun_numbers_(rules.map("pronouns")),
        lexicon_(rules.derived<SymbolLexicon>()),
        rules_(lexicon_.quote_rules) {}

  void run() {
    doc_.quotes.clear();
    for (const Quotation& q : doc_.quotations)
      if (q.segments.size() > 1) multi_paragraph_.push_back(&q);
    singles_primary_ = singles_are_primary();
    mark_mentions();
    mark_quoted();
    read_paragraphs();
    choose();
    add_transcript_answers();
    add_floating_and_unattributed();
    std::sort(doc_.quotes.begin(), doc_.quotes.end(),
              [](const Quote& a, const Quote& b) { return a.content.begin < b.content.begin; });
    share_joint_sources();
    drop_nested_repeats();
    link_dates();
    fill_roles();
  }

 private:
  Document& doc_;
  const WordMap& cues_;
  const WordList& pronouns_;
  const WordList& addressee_cues_;
  const WordList& subordinators_;
  const WordList& act_nouns_;
  const WordList& honorifics_;  // "Mr", "Ms": before a name that opens a sentence     // "when", "after": open a clause
                                // that cannot stand as what was said
  const WordList& copulas_;     // "remained", "was": after "and" or "but", a second predicate
  const WordMap& date_modifiers_;     // "late", "early": before a date
  const WordList& anonymity_words_;   // "named", "anonymity": "who asked not to be named"
  const WordList& furniture_labels_;  // "Read more", "Related": before a colon, a link's paragraph
  const WordList& survey_nouns_;      // "poll", "survey": "In a Gallup poll last month, ..."
  const WordList& source_modifiers_;  // "close", "familiar": "sources close to the player"
  const WordList& empty_objects_;     // "little", "nothing": "said little about the cause"
  const WordList& org_words_;         // "committee": "the House Rules Committee" is a name, no cue
  const WordMap& pronoun_numbers_;    // "they": pl
  const SymbolLexicon& lexicon_;
  const std::vector<CompiledRule>& rules_;
  std::vector<char> mention_symbol_;  // per token: 'S', 'P' or 0
  std::vector<int32_t> mention_at_;   // per token: index of the mention whose extent covers it
  std::vector<uint8_t> quoted_;       // per token: inside a double quotation of a sentence or more
  std::vector<uint8_t> nested_mark_;  // per token: a mark of a quotation nested in another
  std::vector<uint8_t> answers_;      // per paragraph: an answer of an interview without labels
  std::vector<Candidate> candidates_;
  std::vector<re2::StringPiece> groups_;  // a rule match's groups, reused
  std::vector<const Quotation*> multi_paragraph_;
  bool singles_primary_ = false;  // single quotation marks quote speech in this document

  void mark_mentions() {
    mention_symbol_.assign(doc_.tokens.size(), 0);
    mention_at_.assign(doc_.tokens.size(), -1);
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mention = doc_.mentions[m];
      char symbol = mention.kind == MentionKind::Pronoun ? 'P' : 'S';
      // "his" is no source and "him" only an addressee: their symbols come from the word lists.
      bool source = symbol != 'P' || pronouns_.contains(doc_.slice(mention.span));
      for (uint32_t t = first_token_at(mention.extent.begin); t < mention.end_token; ++t) {
        if (source) mention_symbol_[t] = symbol;
        mention_at_[t] = static_cast<int32_t>(m);
      }
    }
  }

  // Reported speech inside a quotation is the quoted speaker's own wording, not the article's
  // attribution ("“I think he is trying to do this,” said Burns").
  // A quotation nested in another ('the show called ‘A Football Life’') is part of the outer one's
  // words: its marks are plain punctuation to the rules.
  void mark_quoted() {
    quoted_.assign(doc_.tokens.size(), 0);
    nested_mark_.assign(doc_.tokens.size(), 0);
    for (const Quotation& q : doc_.quotations) {
      if (q.parent >= 0) nested_mark_[q.open_token] = nested_mark_[q.close_token] = 1;
      if (!is_primary(q) || q.close_token < q.open_token + kQuotedWords) continue;
      std::fill(quoted_.begin() + q.open_token, quoted_.begin() + q.close_token, 1);
    }
    // An interview's answers and a transcript's turns are quoted speech too ("A: We expect the US to
    // remove the tariffs": the speaker's words, not the article's attribution).
    bool interview = is_interview();
    for (const Paragraph& p : doc_.paragraphs)
      if (uint32_t colon = spoken_paragraph_colon(p, interview))
        std::fill(quoted_.begin() + colon, quoted_.begin() + p.end_token, 1);
    answers_ = unlabelled_answers();
    for (size_t i = 0; i < answers_.size(); ++i)
      if (answers_[i]) {  // the answer and the interviewer's question before it
        std::fill(quoted_.begin() + doc_.paragraphs[i - 1].first_token, quoted_.begin() + doc_.paragraphs[i].end_token,
                  1);
      }
  }

  // "What got you interested in ageing?" then "My grandmother lived to 103. ...": in an interview
  // without labels, each paragraph after a question that is a paragraph of its own is an answer,
  // where the article has at least two such pairs.
  std::vector<uint8_t> unlabelled_answers() const {
    std::vector<uint8_t> answers(doc_.paragraphs.size(), 0);
    if (is_interview()) return answers;  // "Q:" and "A:" label it
    size_t pairs = 0;
    for (size_t i = 1; i < doc_.paragraphs.size(); ++i)
      if (asks_alone(doc_.paragraphs[i - 1]) && !asks_alone(doc_.paragraphs[i]) &&
          !has_quotation_mark({doc_.paragraphs[i].first_token, doc_.paragraphs[i].end_token})) {
        answers[i] = 1;
        ++pairs;
      }
    if (pairs < kInterviewPairs) answers.assign(doc_.paragraphs.size(), 0);
    return answers;
  }
  static constexpr size_t kInterviewPairs = 2;

  // A paragraph of one short question to "you" and no quotation mark.
  bool asks_alone(const Paragraph& p) const {
    if (p.end_token <= p.first_token || p.end_token - p.first_token > kQuestionWords) return false;
    if (doc_.token_text(p.end_token - 1) != "?" || has_quotation_mark({p.first_token, p.end_token})) return false;
    bool to_you = false;
    for (uint32_t t = p.first_token; t + 1 < p.end_token; ++t) {
      if (t > p.first_token && doc_.tokens[t].has(kSentenceStart)) return false;
      to_you = to_you || folds_to(doc_.token_text(t), "you") || folds_to(doc_.token_text(t), "your");
    }
    return to_you;
  }
  static constexpr uint32_t kQuestionWords = 40;
  static constexpr uint32_t kQuotedWords = 3;  // marks and two words: '"Nobody asked"', not '"reset"'

  // British style quotes speech in single marks (‘We have no choice,’ she said): where a document's
  // outer single quotations of some words outnumber its double ones, they are its quotations.
  bool singles_are_primary() const {
    size_t singles = 0, doubles = 0;
    for (const Quotation& q : doc_.quotations) {
      if (q.is_double)
        ++doubles;
      else if (q.parent < 0 && q.close_token >= q.open_token + kQuotedWords)
        ++singles;
    }
    return singles > doubles;
  }
  bool is_primary(const Quotation& q) const { return q.is_double || (singles_primary_ && q.parent < 0); }

  uint32_t first_token_at(uint32_t byte) const {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), byte,
                               [](const Token& t, uint32_t b) { return t.begin < b; });
    return static_cast<uint32_t>(it - doc_.tokens.begin());
  }

  std::string lower(uint32_t t) const { return ascii_lower(doc_.token_text(t)); }

  const std::vector<std::string>* cue_at(uint32_t t, uint32_t end, uint32_t& width) const {
    width = 1;
    if (t + 1 < end && cues_.starts_phrase(doc_.token_text(t))) {
      if (const auto* two = cues_.find(lower(t) + " " + lower(t + 1))) {
        width = 2;
        return two;
      }
    }
    return cues_.find(doc_.token_text(t));
  }

  bool is_possessive(uint32_t t) const { return is_possessive_ending(doc_.token_text(t)) || is_plural_possessive(t); }

  // "Fox News' Sean Hannity", "the Democrats' plan": an apostrophe that pairs with no mark, after a
  // word that ends in "s".
  bool is_plural_possessive(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.quote_role != QuoteRole::Apostrophe || tok.has(kSpaceBefore) || t == 0) return false;
    std::string_view before = doc_.token_text(t - 1);
    return doc_.tokens[t - 1].kind == TokenKind::Word && (before.ends_with('s') || before.ends_with('S'));
  }

  // One symbol per token of the paragraph (see quotes.rules for the alphabet).
  std::string symbols(const Paragraph& p) const {
    std::string out(p.end_token - p.first_token, 'w');
    uint32_t after_phrase = p.first_token;  // the token after the last two-word cue
    for (uint32_t t = p.first_token; t < p.end_token; ++t) {
      char& s = out[t - p.first_token];
      const Token& tok = doc_.tokens[t];
      if (tok.kind == TokenKind::Quote) {
        bool outer = !nested_mark_[t];
        s = outer && tok.quote_role == QuoteRole::Open ? 'Q' : outer && tok.quote_role == QuoteRole::Close ? 'q' : 'x';
        if (is_plural_possessive(t)) s = 'p';
        continue;
      }
      if (mention_symbol_[t]) {
        s = mention_symbol_[t];
        continue;
      }
      if (tok.kind == TokenKind::Dash) {
        s = '-';
        continue;
      }
      if (tok.kind == TokenKind::Punct || tok.kind == TokenKind::Symbol) {
        std::string_view v = doc_.token_text(t);
        bool ends_sentence = t + 1 >= p.end_token || doc_.tokens[t + 1].has(kSentenceStart);
        bool terminal = v == "." || v == "?" || v == "!";
        // The period of "Feb." or "Mr." inside a sentence is not a sentence end; one that closes a
        // quoted sentence is 'e'.
        char inner_period = closes_quoted_sentence(t + 1, p.end_token) ? 'e' : 'x';
        s = v == ","                 ? ','
            : terminal               ? (ends_sentence || v != "." ? '.' : inner_period)
            : (v == ":" || v == ";") ? ':'
            : opens_amount(t)        ? 'w'  // "said $5 billion was lost"
                                     : 'x';
        continue;
      }
      if (tok.kind != TokenKind::Word) continue;
      std::string_view w = doc_.token_text(t);
      if (t > p.first_token && is_source_symbol(out[t - 1 - p.first_token]) && is_reflexive_pronoun(w)) {
        s = 'a';  // "Cruz himself said": as an adverb
        continue;
      }
      const WordSymbol* entry = lexicon_.words.find(w, true);
      if (!entry) continue;
      if (t + 1 < p.end_token && entry->starts_phrase &&
          (t == p.first_token || may_open_cue_phrase(*entry, t, out[t - 1 - p.first_token], p))) {
        if (uint32_t width = cue_phrase_at(t, p.end_token, s)) {  // "made clear", "made it clear"
          if (width == 3) out[t + 1 - p.first_token] = 'a';
          out[t + width - 1 - p.first_token] = s;
          t += width - 1;
          after_phrase = t + 1;
          continue;
        }
      }
      if (entry->symbol) s = entry->symbol;
      if (entry->names && names_a_thing(t, p, out)) {
        s = 'w';  // "a program called BleachBit": the program's name, no one speaking
        continue;
      }
      if (s == 'i' && entry->qualifies_amount && opens_quantity(t + 1, p.end_token))
        s = 'w';  // "said about 40 percent of voters": an amount, not what was spoken about
      if (s == 'd' && t + 1 < p.end_token && is_possessive(t + 1)) {
        s = 'w';  // "said Thursday's speeches": a possessor, not when it was said
        for (size_t k = t - p.first_token; k-- > 0 && out[k] == 'd';) out[k] = 'w';
      }
      if (is_cue_symbol(s) && names_organisation_with(t)) {
        s = 'w';  // "the House Rules Committee": a name, no cue
        continue;
      }
      if (s == 'V' && t > after_phrase && is_cue_symbol(out[t - 1 - p.first_token]) &&
          is_plural_before_verb(doc_.token_text(t - 1), w))
        out[t - 1 - p.first_token] = 'N';  // "advocates said", "reports say": a plural noun, the source
      if (s == 'd' && opens_time_before(t, p)) out[t - 1 - p.first_token] = 'd';
      if (s == 'T' && (t + 1 >= p.end_token || doc_.tokens[t + 1].kind == TokenKind::Punct))
        s = 'w';  // "McConnell rejected that, telling reporters ...": a pronoun, no complementizer
      if ((s == 'G' || s == 'r') && t > p.first_token) {  // "the ruling", "a warning": a noun
        char before = out[t - 1 - p.first_token];
        if (before == 'D' || before == 'p') s = 'w';
        if (s == 'G' && before == 'w' && is_gerund(t - 1)) s = 'w';  // "described hearing shouting": a noun
      }
      if ((s == 'V' || s == 'R') && modifies_noun_after_possessive(t, p.end_token))
        s = 'w';  // "her preferred candidate lost": an adjective
      if ((s == 'V' || s == 'R' || s == 'E') && t > p.first_token) {
        uint8_t count = count_before(t);
        bool base_form = entry->base_form && !opens_clause_after(t, p.end_token);
        if (count) {
          s = agrees_with_count(*entry, count) ? s : 'w';
        } else if (s != 'E' && after_passive_auxiliary(t)) {
          s = 'w';  // "a compromise could be found": a passive, no one's saying
        } else {
          s = cue_or_word(s, out[t - 1 - p.first_token], base_form);
          if (adverb_after_determiner(t, p, out)) s = 'w';          // "a politically charged visit": an adjective
          if (entry->base_form && after_singular_name(t)) s = 'w';  // "as China demand slowed": a noun
          if (entry->base_form && out[t - 1 - p.first_token] == 'c' && governed_by_modal(t - 1, p, out))
            s = 'w';  // "would review the text and announce his decision"
        }
        if ((s == 'V' || s == 'R') && continues_into(t, p))  // "went on to say": an auxiliary
          std::fill_n(out.begin() + (t - 3 - p.first_token), 3, 'a');
      }
    }
    mark_source_modifiers(p, out);
    mark_survey_openings(p, out);
    return out;
  }

  bool is_gerund(uint32_t t) const {
    std::string_view w = doc_.token_text(t);
    return doc_.tokens[t].kind == TokenKind::Word && w.size() > 5 && w.ends_with("ing") &&
           !doc_.tokens[t].has(kCapitalized);
  }

  // A capitalised word inside a sentence, before a capitalised organisation word that ends the name:
  // a word of the organisation's name, whatever it means alone. Not in a headline in title case
  // ("Trump Endorses House Speaker Paul Ryan").
  bool names_organisation_with(uint32_t t) const {
    if (!doc_.tokens[t].has(kCapitalized) || doc_.tokens[t].has(kSentenceStart) || t + 2 >= doc_.tokens.size())
      return false;
    const Token& next = doc_.tokens[t + 1];
    if (next.kind != TokenKind::Word || !next.has(kCapitalized) || !org_words_.contains(doc_.token_text(t + 1)))
      return false;
    const Token& after = doc_.tokens[t + 2];
    return after.kind != TokenKind::Word || !after.has(kCapitalized);
  }

  // "sources close to the player", "people familiar with the talks", "scientists (who were) not
  // involved in the report": between a source and a preposition, a word of source-modifiers.list is 'm'.
  void mark_source_modifiers(const Paragraph& p, std::string& out) const {
    for (size_t i = 1; i + 1 < out.size(); ++i) {
      size_t source = i - 1;
      if (out[source] == 'n' && source > 0) --source;                               // "not involved in"
      if (out[source] == 'k' && source > 1 && out[source - 1] == 'P') source -= 2;  // "who were not involved in"
      if (out[i] == 'w' && (out[source] == 'S' || out[source] == 'N') && is_preposition_symbol(out[i + 1]) &&
          source_modifiers_.contains(doc_.token_text(p.first_token + static_cast<uint32_t>(i))))
        out[i] = 'm';
    }
  }

  // "In a Des Moines Register poll last month, ...": a preposition that opens a sentence and a phrase
  // naming a poll or a survey (lists/survey-nouns.list) before its comma is 'Y'.
  void mark_survey_openings(const Paragraph& p, std::string& out) const {
    for (uint32_t t = p.first_token; t < p.end_token; ++t)
      if (out[t - p.first_token] == 'i' && doc_.tokens[t].has(kSentenceStart) && names_survey_after(t, p, out))
        out[t - p.first_token] = 'Y';
  }

  bool names_survey_after(uint32_t opening, const Paragraph& p, const std::string& out) const {
    constexpr uint32_t kPhraseWords = 12;
    for (uint32_t t = opening + 1; t < p.end_token && t <= opening + kPhraseWords; ++t) {
      if (out[t - p.first_token] == ',' || doc_.tokens[t].has(kSentenceStart)) return false;
      if (survey_nouns_.contains(doc_.token_text(t))) return true;
    }
    return false;
  }

  // "said this week": the word before time word t belongs to the when, unless the time word is a
  // possessor ("said this year's budget").
  bool opens_time_before(uint32_t t, const Paragraph& p) const {
    if (t == p.first_token || doc_.tokens[t - 1].kind != TokenKind::Word || mention_symbol_[t - 1]) return false;
    if (t + 1 < p.end_token && is_possessive_ending(doc_.token_text(t + 1))) return false;
    return opens_time(t - 1);
  }

  // ""We built it." She adds, ...": the closing mark at `mark` ends its sentence.
  bool closes_quoted_sentence(uint32_t mark, uint32_t end) const {
    if (mark >= end) return false;
    const Token& tok = doc_.tokens[mark];
    if (tok.kind != TokenKind::Quote || tok.quote_role != QuoteRole::Close || nested_mark_[mark]) return false;
    return mark + 1 >= end || doc_.tokens[mark + 1].has(kSentenceStart);
  }

  // After "the", "'s" or another cue, a cue is a noun or an adjective ("the support", "the
  // convention's pledged delegates", "denied reports that ..."); a base form is a verb only after
  // its subject, an auxiliary or "to" ("investors say", "did not say"), not inside a noun phrase
  // ("a conference call").
  static char cue_or_word(char cue, char before, bool base_form) {
    if (before == 'D' || before == 'p') return 'w';
    if (before == 'V' || before == 'R' || before == 'G' || before == 'r') return 'w';
    if (before == 'w' && base_form) return 'w';
    return cue;
  }

  // Naming verb t after a thing introduced with "a" or "an" ("a company called Cambridge Analytica",
  // "an account called "Hypo-Cruz"") or with an adverb between ("the procedure sometimes called
  // ..."). A person or a group may still speak so ("a reporter called it chaos", "some Democrats
  // called her").
  bool names_a_thing(uint32_t t, const Paragraph& p, const std::string& out) const {
    if (t < p.first_token + 2) return false;
    uint32_t head = t - 1;
    std::string_view modifier = doc_.token_text(head);
    bool adverb = head > p.first_token && out[head - p.first_token] == 'a' &&
                  (modifier.ends_with("ly") || modifier == "sometimes" || modifier == "often");  // not "has called"
    if (adverb) --head;
    if (head <= p.first_token || doc_.tokens[head].kind != TokenKind::Word) return false;
    int32_t m = mention_at_[head];
    if (m >= 0) {
      const Mention& mention = doc_.mentions[static_cast<size_t>(m)];
      EntityType type = doc_.entities[static_cast<size_t>(mention.entity)].type;
      if (mention.end_token != head + 1 || type == EntityType::Person || type == EntityType::Group) return false;
    }
    if (adverb) return m >= 0;  // not "Sanders on Wednesday morning also called upon ..."
    for (uint32_t k = head, words = 0; k > p.first_token && words < kNounPhraseWords; --k, ++words) {
      char before = out[k - 1 - p.first_token];
      std::string_view w = doc_.token_text(k - 1);
      if (folds_to(w, "a") || folds_to(w, "an")) return true;
      if (doc_.tokens[k - 1].kind != TokenKind::Word || (before != 'w' && before != 'S' && before != 'N')) return false;
    }
    return false;
  }
  static constexpr uint32_t kNounPhraseWords = 5;  // "a civil rights advocacy group"

  // "went on to" before the cue at t.
  bool continues_into(uint32_t t, const Paragraph& p) const {
    if (t < p.first_token + 3 || !folds_to(doc_.token_text(t - 1), "to") || !folds_to(doc_.token_text(t - 2), "on"))
      return false;
    const WordSymbol* go = lexicon_.words.find(doc_.token_text(t - 3), true);
    return go && go->continues;
  }

  // Before the conjunction at `and`, a modal in the same predicate: no cue, comma or clause start
  // between them.
  bool governed_by_modal(uint32_t and_token, const Paragraph& p, const std::string& out) const {
    constexpr uint32_t kReach = 15;
    for (uint32_t t = and_token; t-- > p.first_token && and_token - t <= kReach;) {
      char s = out[t - p.first_token];
      if ((s && std::strchr("VRGrEQq,.:;", s)) || doc_.tokens[t].has(kSentenceStart)) return false;
      const WordSymbol* word = lexicon_.words.find(doc_.token_text(t), true);
      if (word && word->modal) return true;
    }
    return false;
  }

  // A base form does not agree with one person or one place named just before it as its subject
  // ("as China demand slowed": a noun); "Smith and Jones say", "Democrats say" and "critics like
  // Huffman say" do.
  bool after_singular_name(uint32_t t) const {
    int32_t m = mention_at_[t - 1];
    if (m < 0) return false;
    const Mention& name = doc_.mentions[static_cast<size_t>(m)];
    EntityType type = doc_.entities[static_cast<size_t>(name.entity)].type;
    if (name.kind != MentionKind::Name || name.end_token != t ||
        (type != EntityType::Person && type != EntityType::Gpe))
      return false;
    uint32_t first = first_token_at(name.extent.begin);
    bool opens_clause =
        doc_.tokens[first].has(kSentenceStart) ||
        (first > 0 && (lower(first - 1) == "as" || subordinators_.contains(doc_.token_text(first - 1))));
    return opens_clause && !doc_.token_text(t - 1).ends_with('s');
  }

  bool adverb_after_determiner(uint32_t t, const Paragraph& p, const std::string& out) const {
    if (t < p.first_token + 2) return false;
    char before = out[t - 2 - p.first_token], adverb = out[t - 1 - p.first_token];
    return (before == 'D' || before == 'p') && (adverb == 'w' || adverb == 'a') &&
           doc_.token_text(t - 1).ends_with("ly");
  }

  bool after_passive_auxiliary(uint32_t t) const {
    std::string before = lower(t - 1);
    return before == "be" || before == "been" || before == "being";
  }

  // The words of the two-word cue at t ("made clear"), 3 with "it" inside ("made it clear"), or 0;
  // `symbol` gets its symbol.
  uint32_t cue_phrase_at(uint32_t t, uint32_t end, char& symbol) const {
    char buffer[64];
    std::string_view w = doc_.token_text(t);
    if (const char* s = lexicon_.phrases.find(joined_into(w, doc_.token_text(t + 1), buffer), true)) {
      symbol = *s;
      return 2;
    }
    if (t + 2 >= end || lower(t + 1) != "it") return 0;
    if (const char* s = lexicon_.phrases.find(joined_into(w, doc_.token_text(t + 2), buffer), true)) {
      symbol = *s;
      return 3;
    }
    return 0;
  }

  // "a phone call on Thursday": a two-word cue opened by a noun is no cue ("was cited as saying" is).
  bool may_open_cue_phrase(const WordSymbol& first, uint32_t t, char before, const Paragraph& p) const {
    if (before == 'D' || before == 'p') return false;
    return before != 'w' || !first.base_form || opens_clause_after(t + 1, p.end_token);
  }

  // "that" or a subject pronoun after a base form: "the people on the ground say that", "those
  // surveyed say they": the base form is a verb after all.
  bool opens_clause_after(uint32_t t, uint32_t end) const {
    if (t + 1 >= end) return false;
    char next = symbol_of(t + 1);
    if (next == 'P') return pronouns_.contains(doc_.token_text(t + 1));
    if (next != 'T' || t + 2 >= end) return false;  // "a call that lasted an hour": a relative "that"
    char subject = mention_symbol_[t + 2] ? mention_symbol_[t + 2] : symbol_of(t + 2);
    return subject == 'S' || subject == 'P' || subject == 'D' || subject == 'N';
  }

  // After a number a cue that agrees with it is a verb ("nine out of 10 say", "one in three said",
  // "one says"), else a noun ("three reports", "one call"). 0: no number before token t.
  uint8_t count_before(uint32_t t) const {
    const Token& before = doc_.tokens[t - 1];
    if (before.kind == TokenKind::Number) return doc_.token_text(t - 1) == "1" ? 1 : 2;
    if (before.kind != TokenKind::Word) return 0;
    const WordSymbol* entry = lexicon_.words.find(doc_.token_text(t - 1), true);
    return entry ? entry->count : 0;
  }

  static bool agrees_with_count(const WordSymbol& cue, uint8_t count) {
    return count == 1 ? !cue.base_form : !cue.s_form;
  }

  static bool is_cue_symbol(char s) { return s == 'V' || s == 'R'; }
  static bool is_preposition_symbol(char s) { return s == 'i' || s == 'o'; }  // "for", "to": "an adviser to Clinton"

  static bool may_attribute(std::string_view symbols) {
    return symbols.find_first_of("VGRrEAQY:") != std::string_view::npos;
  }

  // A stretch of one paragraph's symbols that rules run over: a sentence (in chunks, so that a
  // sentence without end costs linear time) for sentence rules, a window around a quotation for
  // paragraph rules. Each RE2 call sees only its stretch, so ^ and $ anchor to the sentence.
  struct Stretch {
    const std::string* symbols;
    size_t begin, end;
    uint32_t first_token;  // of the paragraph
    bool paragraph_scope;
    SymbolSet present;
  };

  // Rule by rule over the whole document, so that each rule's automaton stays in the cache while
  // it runs; candidates of one rule still come in text order.
  void read_paragraphs() {
    std::vector<std::string> symbols_of;
    symbols_of.reserve(doc_.paragraphs.size());  // no reallocation: stretches point into it
    std::vector<Stretch> stretches;
    for (const Paragraph& p : doc_.paragraphs) {
      symbols_of.push_back(symbols(p));
      add_stretches(p, symbols_of.back(), stretches);
    }
    for (size_t r = 0; r < rules_.size(); ++r)
      for (const Stretch& s : stretches)
        if (rules_[r].paragraph_scope == s.paragraph_scope && fits(rules_[r], s.present))
          match_all(rules_[r], r, *s.symbols, s.begin, s.end, s.first_token);
  }

  void add_stretches(const Paragraph& p, const std::string& sym, std::vector<Stretch>& out) const {
    if (!may_attribute(sym)) return;  // no cue and no quotation mark: nothing to attribute
    if (is_furniture(p)) return;
    auto first = std::lower_bound(doc_.sentences.begin(), doc_.sentences.end(), p.first_token,
                                  [](const Sentence& s, uint32_t t) { return s.first_token < t; });
    uint32_t opening = after_dateline(doc_, static_cast<size_t>(&p - doc_.paragraphs.data()));
    for (auto s = first; s != doc_.sentences.end() && s->first_token < p.end_token; ++s) {
      for (size_t b = std::max(s->first_token, opening) - p.first_token, e = s->end_token - p.first_token; b < e;
           b += kChunk) {
        size_t chunk_end = std::min(e, b + kChunk);
        std::string_view chunk = std::string_view(sym).substr(b, chunk_end - b);
        if (may_attribute(chunk)) out.push_back({&sym, b, chunk_end, p.first_token, false, SymbolSet(chunk)});
      }
    }
    for (auto [b, e] : quotation_windows(sym, p.first_token))
      out.push_back({&sym, b, e, p.first_token, true, SymbolSet(std::string_view(sym).substr(b, e - b))});
  }

  // "Read more: Biden says ...": a label of page furniture and a colon open the paragraph.
  bool is_furniture(const Paragraph& p) const {
    for (uint32_t words = 1; words <= 2 && p.first_token + words < p.end_token; ++words) {
      if (doc_.token_text(p.first_token + words) != ":") continue;
      std::string label = lower(p.first_token);
      if (words == 2) label += " " + lower(p.first_token + 1);
      return furniture_labels_.contains(label);
    }
    return false;
  }

  static bool fits(const CompiledRule& rule, const SymbolSet& present) {
    return std::all_of(rule.requires_symbols.begin(), rule.requires_symbols.end(),
                       [&](const SymbolSet& needed) { return needed.intersects(present); });
  }

  static constexpr size_t kChunk = 512;  // symbols of a sentence searched at once
  static constexpr size_t kMargin = 30;  // symbols around a quotation that may hold its attribution

  // [begin, end) symbol windows, one per closing quotation mark: from its opening mark (or the
  // paragraph start, for a quotation that began in an earlier paragraph) to just after it, joined
  // with the next quotation when only an attribution stands between them ("A," she said, "B.").
  std::vector<std::pair<size_t, size_t>> quotation_windows(const std::string& sym, uint32_t first_token) const {
    std::vector<std::pair<size_t, size_t>> windows;
    for (size_t i = 0; i < sym.size(); ++i) {
      if (sym[i] != 'q') continue;
      int32_t partner = doc_.tokens[first_token + i].partner;
      size_t open = partner >= static_cast<int32_t>(first_token) ? static_cast<size_t>(partner) - first_token : 0;
      size_t begin = open > kMargin ? open - kMargin : 0;
      size_t end = std::min(sym.size(), i + 1 + kMargin);
      size_t next_open = sym.find('Q', i + 1);
      if (next_open != std::string::npos && next_open < i + 1 + kMargin) {
        size_t next_close = sym.find('q', next_open);
        if (next_close != std::string::npos) end = std::max(end, next_close + 1);
      }
      windows.emplace_back(begin, end);
    }
    return windows;
  }

  // Every match of one rule in sym[begin, end). The search goes on from the start of each match's
  // content, so that an attribution nested in reported speech is found too.
  void match_all(const CompiledRule& rule, size_t priority, const std::string& sym, size_t begin, size_t end,
                 uint32_t first_token) {
    const ScreenedRegex& re = *rule.matcher;
    int n = re.regex().NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece>& groups = groups_;
    groups.assign(static_cast<size_t>(n), re2::StringPiece());
    re2::StringPiece text(sym.data() + begin, end - begin);
    size_t pos = 0;
    while (pos < text.size() && re.find(text, pos, groups.data(), n)) {
      if (rule.runs_to_period > 0) extend_to_period(groups, rule.runs_to_period, text);
      auto range = [&](int g) -> TokenRange {
        if (g < 0 || groups[static_cast<size_t>(g)].data() == nullptr) return {};
        auto b = static_cast<uint32_t>(groups[static_cast<size_t>(g)].data() - sym.data());
        return {first_token + b, first_token + b + static_cast<uint32_t>(groups[static_cast<size_t>(g)].size())};
      };
      TokenRange speaker = range(rule.speaker_group), cue = range(rule.cue_group);
      if (rule.nearest_clause_source) speaker = nearest_clause_subject(sym, first_token, speaker, cue);
      if (rule.relative_head_source && (speaker.end >= doc_.tokens.size() || !is_relative_pronoun(speaker.end))) {
        pos = std::max(pos + 1, static_cast<size_t>(speaker.end - first_token) - begin);
        continue;
      }
      if (!speaker.empty() && !cue.empty() && quoted_[speaker.begin] && !quoted_[cue.begin]) {
        // ""The mayor has had two years," she said, adding that ...": no source inside the quotation;
        // look again after it.
        pos = std::max(pos + 1, static_cast<size_t>(speaker.end - first_token) - begin);
        continue;
      }
      add_candidate(rule, priority, range(rule.content_group), range(rule.content2_group), speaker, cue,
                    range(rule.addressee_group));
      size_t match_end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
      const re2::StringPiece& content = groups[static_cast<size_t>(rule.content_group)];
      size_t content_begin = content.data() ? static_cast<size_t>(content.data() - text.data()) : match_end;
      size_t next = content_begin > pos && content_begin < match_end ? content_begin : match_end;
      pos = std::max(next, pos + 1);
    }
  }

  // "Russia remains open to talks, Peskov told reporters, adding that ...": the source of a participle
  // is the subject of the last reporting verb between the rule's source and the participle, when
  // there is one. Without one, a source in object position ("A judge on Tuesday sentenced the former
  // mayor ..., calling ...") gives way to the sentence's subject.
  TokenRange nearest_clause_subject(const std::string& sym, uint32_t first_token, TokenRange speaker,
                                    TokenRange cue) const {
    if (speaker.empty() || cue.empty() || cue.begin <= speaker.end) return speaker;
    uint32_t reach = std::max(speaker.end, cue.begin - std::min(cue.begin, kClauseReach));
    for (uint32_t t = cue.begin; t-- > reach;) {
      char s = sym[t - first_token];
      if (s != 'V' && s != 'R') continue;
      uint32_t k = t;
      while (k > speaker.end && sym[k - 1 - first_token] == 'a') --k;
      if (k == speaker.end || !mention_symbol_[k - 1] || mention_at_[k - 1] < 0) break;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[k - 1])];
      uint32_t begin = std::max(first_token_at(m.extent.begin), speaker.end);
      if (m.kind == MentionKind::Nominal && begin > first_token && std::strchr("wVRG", sym[begin - 1 - first_token]))
        continue;  // "lowered its profit forecast", "wrote the agents knew"
      return {begin, m.end_token};
    }
    return sentence_subject_of_object(sym, first_token, speaker);
  }

  static constexpr uint32_t kClauseReach = 60;  // tokens back from a participle to a reporting verb

  bool is_nominal_at(uint32_t t) const {
    return mention_at_[t] >= 0 && doc_.mentions[static_cast<size_t>(mention_at_[t])].kind == MentionKind::Nominal;
  }

  // The mention opening the sentence, when the first mention in `speaker` is the object of its verb:
  // subject, then up to six words, times and prepositions, the last a word, then the object.
  TokenRange sentence_subject_of_object(const std::string& sym, uint32_t first_token, TokenRange speaker) const {
    constexpr uint32_t kReach = 6;
    uint32_t t = speaker.begin;
    while (t < speaker.end && (mention_at_[t] < 0 || !mention_symbol_[t])) ++t;
    if (t == speaker.end) return speaker;
    const Mention& first = doc_.mentions[static_cast<size_t>(mention_at_[t])];
    t = std::max(first_token_at(first.extent.begin), first_token);
    if (doc_.tokens[t].has(kSentenceStart) && first.end_token < speaker.end &&
        sym[first.end_token - first_token] == 'w' && is_nominal_at(speaker.end - 1))
      return {t, first.end_token};  // "Veltra lowered its profit forecast ..., blaming": subject, verb, object
    if (first.kind != MentionKind::Nominal) return speaker;
    if (t <= first_token || sym[t - 1 - first_token] != 'w') return speaker;
    for (uint32_t object_begin = t; t > first_token && object_begin - t < kReach &&
                                    std::strchr("wid", sym[t - 1 - first_token]) &&
                                    !doc_.tokens[t].has(kSentenceStart);)
      --t;
    if (t == first_token || doc_.tokens[t].has(kSentenceStart) || mention_at_[t - 1] < 0 || !mention_symbol_[t - 1])
      return speaker;
    const Mention& subject = doc_.mentions[static_cast<size_t>(mention_at_[t - 1])];
    uint32_t begin = first_token_at(subject.extent.begin);
    if (!doc_.tokens[begin].has(kSentenceStart) || begin < first_token) return speaker;
    return {begin, subject.end_token};
  }

  // The group `g` and the whole match, both ending where the group ends, run on up to the next
  // period or the end of the text.
  static void extend_to_period(std::vector<re2::StringPiece>& groups, int g, const re2::StringPiece& text) {
    re2::StringPiece& group = groups[static_cast<size_t>(g)];
    if (group.data() == nullptr) return;
    size_t end = static_cast<size_t>(group.data() - text.data()) + group.size();
    size_t period = text.find('.', end);
    size_t new_end = period == re2::StringPiece::npos ? text.size() : period;
    group = re2::StringPiece(group.data(), group.size() + (new_end - end));
    groups[0] = re2::StringPiece(groups[0].data(), static_cast<size_t>(text.data() + new_end - groups[0].data()));
  }

  // Punctuation that stands between clauses, not inside what was said: not the "%" of "growth
  // was 3%" nor the "$" of "$5 billion".
  bool is_trimmable(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.kind == TokenKind::Dash) return true;
    if (tok.kind == TokenKind::Punct) return tok.has(kNonAscii) || is_clause_mark(doc_.token_text(t));
    return tok.kind == TokenKind::Quote && tok.partner < 0 && tok.quote_role != QuoteRole::Apostrophe;
  }

  static bool is_clause_mark(std::string_view mark) {
    return mark.size() == 1 && std::string_view(".,;:!?()[]{}/").find(mark[0]) != std::string_view::npos;
  }

  // A bracket whose partner lies inside r: "growth (3%)" keeps its ")".
  bool closes_inside(TokenRange r, uint32_t t, std::string_view open, std::string_view close) const {
    int depth = 0;
    for (uint32_t k = t; k-- > r.begin;) {
      std::string_view w = doc_.token_text(k);
      if (w == close) ++depth;
      if (w == open && depth-- == 0) return true;
    }
    return false;
  }

  bool trims_last(TokenRange r) const {
    uint32_t t = r.end - 1;
    std::string_view w = doc_.token_text(t);
    if (w == ")") return !closes_inside(r, t, "(", ")");
    if (w == "]") return !closes_inside(r, t, "[", "]");
    return is_trimmable(t) || is_conjunction(t);
  }

  // Without the punctuation around it and, for reported speech, the "that" that opens it; quoted
  // words keep theirs ("“That's up to Congress”").
  TokenRange trimmed(TokenRange r, bool quoted_words = false) const {
    auto opening_that = [&] { return !quoted_words && lower(r.begin) == "that" && !is_demonstrative_subject(r); };
    while (!r.empty() && (is_trimmable(r.begin) || opening_that())) ++r.begin;
    while (!r.empty() && trims_last(r)) --r.end;
    return r;
  }

  // "That, she explained, is by design": a capitalised "That" with nothing but punctuation after it
  // in its part of what was said is the subject of the sentence, not the word that opens reported speech.
  bool is_demonstrative_subject(TokenRange r) const {
    if (!doc_.tokens[r.begin].has(kCapitalized)) return false;
    for (uint32_t t = r.begin + 1; t < r.end; ++t)
      if (!is_trimmable(t)) return false;
    return true;
  }

  // "welcomed the proposal but": a conjunction that ends a content opens the next clause.
  bool is_conjunction(uint32_t t) const {
    std::string w = lower(t);
    return w == "and" || w == "but" || w == "or";
  }

  ByteSpan bytes_of(TokenRange r) const { return {doc_.tokens[r.begin].begin, doc_.tokens[r.end - 1].end}; }

  // The entity of a speaker phrase: the person named before an apposition ("Maria Lopez, who runs a
  // bakery on Main Street,"), else its last named person that is no possessor ("A ministry
  // spokeswoman, Clara Jensen"; in "Li's spokeswoman" the spokeswoman speaks), else the mention
  // that ends last inside it and owns nothing in it ("Samsung, Apple's main rival,"), or none.
  const Mention* speaker_mention_in(TokenRange r) const {
    r = past_prepositional_object(r);
    if (const Mention* head = head_before_aside(r)) return head;
    if (const Mention* head = nominal_before_preposition(r)) return head;
    if (const Mention* head = document_before_venue(r)) return head;
    if (const Mention* head = person_before_apposition(r)) return head;
    if (const Mention* head = organisation_before_preposition(r)) return head;
    if (const Mention* head = head_of_relative_clause(r)) return head;
    const Mention *last = nullptr, *place = nullptr, *owner = nullptr;
    for (uint32_t t = r.end; t-- > r.begin;) {
      if (mention_at_[t] < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t])];
      bool possessor = m.end_token < r.end && is_possessive(m.end_token);  // "Li's spokeswoman"
      EntityType type = doc_.entities[static_cast<size_t>(m.entity)].type;
      bool modifier = last && names_modifier(m, *last);  // "the Trump campaign", "Biden administration officials"
      if (m.kind == MentionKind::Name && !possessor && !modifier && type == EntityType::Person) return &m;
      // "the exit polls in New Hampshire": a place after a preposition speaks only when nothing else can.
      bool placed = type == EntityType::Gpe && m.first_token > r.begin && symbol_of(m.first_token - 1) == 'i';
      if (placed && !place) place = &m;
      if (possessor && !placed && !owner) owner = &m;
      if (!placed && !possessor && !last) last = &m;
    }
    // "according to reports in Portugal": a noun before the place heads the source; the place is where.
    bool headed_before_place = place && place->first_token > r.begin + 1;
    return last ? last : owner ? owner : headed_before_place ? nullptr : place;
  }

  // A name that modifies the head of a later mention: inside it ("the Trump campaign"), or a few
  // words before a nominal head ("Biden administration officials", "Sanders supporters").
  bool names_modifier(const Mention& name, const Mention& head) const {
    if (head.first_token <= name.first_token) return true;
    if (head.kind != MentionKind::Nominal || head.rule != "entity.nominal" ||
        head.first_token - name.end_token > kModifierWords)
      return false;
    EntityType type = doc_.entities[static_cast<size_t>(head.entity)].type;
    if (type == EntityType::Other || type == EntityType::Gpe) return false;  // "Cruz gingerly said"
    if (symbol_of(head.end_token - 1) == 'D') return false;                  // "Bolton and Gorka both"
    for (uint32_t t = name.end_token; t < head.first_token; ++t)
      if (doc_.tokens[t].has(kCapitalized) || (symbol_of(t) != 'w' && symbol_of(t) != 'N')) return false;
    return true;
  }
  static constexpr uint32_t kModifierWords = 3;

  // "In a message to Clinton, Tanden, head of the Center for American Progress, recounted": a range
  // that opens inside the prepositional phrase opening its sentence names its source after the comma
  // that closes that phrase.
  TokenRange past_prepositional_object(TokenRange r) const {
    if (r.begin == 0 || !opens_with_prepositional_phrase(r.begin)) return r;
    for (uint32_t t = r.begin + 1; t + 1 < r.end; ++t)
      if (doc_.token_text(t) == ",") return {t + 1, r.end};
    return r;
  }

  // The sentence of token t opens with a preposition, and no comma stands between it and t.
  bool opens_with_prepositional_phrase(uint32_t t) const {
    if (doc_.tokens[t].has(kSentenceStart)) return false;
    for (uint32_t k = t; k-- > 0 && t - k <= kOpeningPhrase;) {
      if (doc_.token_text(k) == ",") return false;
      if (doc_.tokens[k].has(kSentenceStart)) return symbol_of(k) == 'i';
    }
    return false;
  }
  static constexpr uint32_t kOpeningPhrase = 10;  // tokens: "In a May 2012 message to Clinton"

  // "Current and former officials who spoke with The Huffington Post": the mention before the
  // first "who" or "which" heads the phrase; what the relative clause names does not speak.
  const Mention* head_of_relative_clause(TokenRange r) const {
    for (uint32_t t = r.begin + 1; t < r.end; ++t) {
      std::string w = lower(t);
      if (w != "who" && w != "which") continue;
      uint32_t end = doc_.token_text(t - 1) == "," ? t - 1 : t;
      int32_t m = end > r.begin ? mention_at_[end - 1] : -1;
      if (m < 0) return nullptr;
      const Mention& head = doc_.mentions[static_cast<size_t>(m)];
      bool place = doc_.entities[static_cast<size_t>(head.entity)].type == EntityType::Gpe;  // "Kasich of Ohio, who"
      if (head.kind == MentionKind::Pronoun || place || head.end_token != end) return nullptr;
      const Mention* named = head.kind == MentionKind::Nominal ? person_in_apposition_to(head, r) : nullptr;
      return named ? named : &head;
    }
    return nullptr;
  }

  // "Gov. John Kasich of Ohio, a Republican who ...": the person the nominal stands in apposition to.
  const Mention* person_in_apposition_to(const Mention& nominal, TokenRange r) const {
    uint32_t comma = nominal.first_token;
    if (comma <= r.begin || doc_.token_text(comma - 1) != ",") return nullptr;
    uint32_t end = comma - 1;
    for (int hops = 0; hops < 2 && end > r.begin; ++hops) {
      int32_t m = mention_at_[end - 1];
      if (m < 0) return nullptr;
      const Mention& before = doc_.mentions[static_cast<size_t>(m)];
      EntityType type = doc_.entities[static_cast<size_t>(before.entity)].type;
      if (before.kind == MentionKind::Name && type == EntityType::Person) return &before;
      if (type != EntityType::Gpe || before.first_token < r.begin + 2 || lower(before.first_token - 1) != "of")
        return nullptr;
      end = before.first_token - 1;  // past "of Ohio"
    }
    return nullptr;
  }

  // "A spokesperson for Downing Street", "officials on both sides": a nominal source that opens the
  // phrase and is followed by a preposition heads it; what the prepositional phrase names does not
  // speak.
  const Mention* nominal_before_preposition(TokenRange r) const {
    uint32_t modifiers = 0;  // "Election officials in several counties"; not "Sixty-seven percent of"
    while (modifiers < kModifierWords && r.begin + 1 < r.end && mention_at_[r.begin] < 0 && is_modifier_word(r.begin))
      ++r.begin, ++modifiers;
    if (modifiers > 0 && names_person(r)) return nullptr;  // "former secretary of state Hillary Clinton"
    if (r.empty() || mention_at_[r.begin] < 0) return nullptr;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[r.begin])];
    if (m.kind != MentionKind::Nominal || m.end_token >= r.end) return nullptr;
    if (doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Other) return nullptr;  // "a statement from"
    uint32_t after = m.end_token;
    if (after + 3 < r.end && symbol_of(after) == 'P' && symbol_of(after + 1) == 'k') after += 2;  // "who were"
    if (after + 2 < r.end && symbol_of(after) == 'n') ++after;  // "Scientists not involved in the report"
    if (after + 1 < r.end && symbol_of(after) == 0 && doc_.tokens[after].kind == TokenKind::Word &&
        !doc_.tokens[after].has(kCapitalized))
      ++after;  // "Officials familiar with the plan", "people close to the mayor"
    if (!is_preposition_symbol(symbol_of(after))) return nullptr;
    return person_named_after_comma(TokenRange{m.end_token, r.end}) ? nullptr : &m;
  }

  bool is_modifier_word(uint32_t t) const {
    std::string_view w = doc_.token_text(t);
    return doc_.tokens[t].kind == TokenKind::Word && symbol_of(t) == 0 && w.find('-') == std::string_view::npos;
  }

  // "a study published on Wednesday in the European Heart Journal": a document that opens the phrase,
  // then a participle and where or when, is the source; not "a report released by the ministry",
  // whose agent is, wherever "by" stands.
  const Mention* document_before_venue(TokenRange r) const {
    if (r.empty() || mention_at_[r.begin] < 0) return nullptr;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[r.begin])];
    if (m.kind != MentionKind::Nominal || m.end_token + 2 >= r.end) return nullptr;
    if (doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::Other) return nullptr;
    const Token& participle = doc_.tokens[m.end_token];
    std::string_view w = doc_.token_text(m.end_token);
    if (participle.kind != TokenKind::Word || participle.has(kCapitalized) || !w.ends_with("ed")) return nullptr;
    if (!is_preposition_symbol(symbol_of(m.end_token + 1))) return nullptr;
    for (uint32_t t = m.end_token + 1; t < r.end; ++t)
      if (folds_to(doc_.token_text(t), "by")) return nullptr;  // "a lawsuit filed in Manhattan by Yulia Tymoshenko"
    return &m;
  }

  // "the Roper Center for Public Opinion Research at Cornell University": an organisation that opens
  // the phrase heads it; what the preposition after it names does not speak.
  const Mention* organisation_before_preposition(TokenRange r) const {
    uint32_t first = !r.empty() && symbol_of(r.begin) == 'D' ? r.begin + 1 : r.begin;
    if (first >= r.end || mention_at_[first] < 0) return nullptr;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[first])];
    if (m.kind != MentionKind::Name || m.first_token != first || m.end_token >= r.end) return nullptr;
    if (doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::Org ||
        !is_preposition_symbol(symbol_of(m.end_token)))
      return nullptr;
    return person_named_after_comma(TokenRange{m.end_token, r.end}) ? nullptr : &m;
  }

  // "The director of the centre, Ina Kirsch,": the name in apposition is the source.
  bool person_named_after_comma(TokenRange r) const {
    bool comma = false;
    for (uint32_t t = r.begin; t < r.end; ++t) {
      comma = comma || doc_.token_text(t) == ",";
      if (!comma || mention_at_[t] < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t])];
      if (m.kind == MentionKind::Name && doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Person)
        return true;
    }
    return false;
  }

  // "Supporters, including the local Sierra Club,": the group before an apposition that names some
  // of its members heads the phrase; so does the source before an adjunct ("The company, in a
  // statement,").
  const Mention* head_before_aside(TokenRange r) const {
    uint32_t comma = r.begin;
    while (comma < r.end && doc_.token_text(comma) != ",") ++comma;
    if (comma == r.begin || comma + 1 >= r.end) return nullptr;
    std::string next = lower(comma + 1);
    bool adjunct = symbol_of(comma + 1) == 'i';  // "The company, in a statement, said"
    bool inclusion = next == "including" || next == "among" || next == "such" || next == "like" || next == "notably";
    // "An Israeli official, speaking on condition of anonymity to discuss the prime minister's schedule, said"
    bool participle = next.size() > 4 && next.ends_with("ing") && !doc_.tokens[comma + 1].has(kCapitalized);
    // "The study, led by Andrew Shepherd of the University of Leeds, found"
    bool agent = comma + 2 < r.end && lower(comma + 2) == "by" && !doc_.tokens[comma + 1].has(kCapitalized);
    if (!adjunct && !inclusion && !participle && !agent) return nullptr;
    if (const Mention* head = nominal_before_preposition({r.begin, comma})) return head;  // "Critics in Congress,"
    int32_t m = mention_at_[comma - 1];
    return m >= 0 && doc_.mentions[static_cast<size_t>(m)].end_token == comma ? &doc_.mentions[static_cast<size_t>(m)]
                                                                              : nullptr;
  }

  // "Maria Lopez, who runs a bakery on Main Street,", "The senator, a Democrat from Ohio,": a person
  // named, or a person or organisation described, before the first comma heads the phrase; what the
  // apposition names after it does not speak.
  const Mention* person_before_apposition(TokenRange r) const {
    for (uint32_t t = r.begin; t < r.end && doc_.token_text(t) != ","; ++t) {
      if (mention_at_[t] < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t])];
      if (m.end_token >= r.end || doc_.token_text(m.end_token) != ",") continue;
      EntityType type = doc_.entities[static_cast<size_t>(m.entity)].type;
      if (m.kind == MentionKind::Name && type == EntityType::Person) return &m;
      bool company = m.kind == MentionKind::Name && type == EntityType::Org;  // "Veltra Corp, one of the largest"
      bool described =
          company || (m.kind == MentionKind::Nominal && (type == EntityType::Person || type == EntityType::Org));
      if (described && !names_person({m.end_token, r.end})) return &m;  // "the candidate, Bernie Sanders,": the name
    }
    return nullptr;
  }

  bool names_person(TokenRange r) const {
    for (uint32_t t = r.begin; t < r.end; ++t) {
      if (mention_at_[t] < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t])];
      if (m.kind == MentionKind::Name && doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Person)
        return true;
    }
    return false;
  }

  // The source named in `speaker`; of a joint source ("Italian Prime Minister Giorgia Meloni and
  // Dutch Prime Minister Mark Rutte said"), the first named, the others as co-speakers, and the
  // mention spanning them all.
  void attribute_to(Quote& q, TokenRange speaker) const {
    const Mention* last = speaker_mention_in(speaker);
    q.speaker = last ? last->entity : -1;
    q.speaker_mention = mention_span_in(speaker);
    if (!last || last->kind != MentionKind::Name) return;
    std::vector<const Mention*> joint = conjoined_before(*last);
    if (joint.empty()) return;
    q.speaker = joint.front()->entity;
    for (size_t i = 1; i < joint.size(); ++i) q.co_speakers.push_back(joint[i]->entity);
    q.co_speakers.push_back(last->entity);
    q.speaker_mention = ByteSpan{joint.front()->extent.begin, q.speaker_mention->end};
  }

  // The names joined to `last` by "and" (and commas before it: "A, B and C"), in text order; none
  // when they are not the subject (after a verb or a preposition: "met Xi and Putin said").
  std::vector<const Mention*> conjoined_before(const Mention& last) const {
    std::vector<const Mention*> joint;
    uint32_t begin = first_token_at(last.extent.begin);
    if (begin > 0 && lower(begin - 1) == "the") --begin;  // "the United States and the United Kingdom"
    if (begin < 2 || !is_and(begin - 1)) return joint;
    uint32_t end = begin - 1;                    // the "and"
    if (doc_.token_text(end - 1) == ",") --end;  // "A, B, and C"
    while (const Mention* before = name_ending_at(end)) {
      if (before->entity == last.entity || is_person(*before) != is_person(last)) break;
      joint.insert(joint.begin(), before);
      begin = first_token_at(before->extent.begin);
      if (begin > 0 && lower(begin - 1) == "the") --begin;
      if (joint.size() == kJointNames || begin < 2 || doc_.token_text(begin - 1) != ",") break;
      end = begin - 1;
    }
    if (joint.empty() || !opens_subject(begin)) joint.clear();
    return joint;
  }
  static constexpr size_t kJointNames = 4;

  bool is_and(uint32_t t) const { return lower(t) == "and" || doc_.token_text(t) == "&"; }

  // The name mention whose last token is just before token `t`.
  const Mention* name_ending_at(uint32_t t) const {
    if (t == 0 || mention_at_[t - 1] < 0) return nullptr;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t - 1])];
    return m.kind == MentionKind::Name && m.end_token == t ? &m : nullptr;
  }

  // People go with people, organisations and countries with each other.
  bool is_person(const Mention& m) const {
    return doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Person;
  }

  // A subject can open at token t: the sentence starts there, or a comma, "that" or "both" stands
  // before it.
  bool opens_subject(uint32_t t) const {
    if (t == 0 || doc_.tokens[t].has(kSentenceStart)) return true;
    std::string before = lower(t - 1);
    return before == "," || before == "that" || before == "both";
  }

  int32_t entity_in(TokenRange r) const {
    const Mention* m = speaker_mention_in(r);
    return m ? m->entity : -1;
  }

  ByteSpan mention_span_in(TokenRange r) const {
    const Mention* m = speaker_mention_in(r);
    if (!m) return bytes_of(r);
    if (m->kind == MentionKind::Pronoun) return m->span;
    if (m == nominal_before_preposition(r)) return bytes_of(trimmed(r));  // "A spokesperson for Downing Street"
    return {std::max(m->extent.begin, doc_.tokens[r.begin].begin), m->span.end};
  }

  // The cue-verbs row of a cue: its first word's, or its last's after an auxiliary ("is expected").
  const std::vector<std::string>* cue_entry(TokenRange cue) const {
    if (cue.empty()) return nullptr;
    uint32_t width;
    const auto* c = cue_at(cue.begin, cue.end, width);
    return c || cue.end - cue.begin < 2 ? c : cue_at(cue.end - 1, cue.end, width);
  }

  QuoteKind kind_of(TokenRange cue) const {
    const auto* c = cue_entry(cue);
    if (!c || c->size() < 3) return QuoteKind::Speech;
    return (*c)[2] == "thought" ? QuoteKind::Thought : (*c)[2] == "finding" ? QuoteKind::Finding : QuoteKind::Speech;
  }

  bool has_quotation_mark(TokenRange r) const {
    for (uint32_t t = r.begin; t < r.end; ++t)
      if (doc_.tokens[t].kind == TokenKind::Quote && doc_.tokens[t].partner >= 0) return true;
    return false;
  }

  void add_candidate(const CompiledRule& rule, size_t priority, TokenRange content, TokenRange content2,
                     TokenRange speaker, TokenRange cue, TokenRange addressee) {
    if (!addressee.empty() && !takes_addressee(cue, addressee)) {
      if (!rule.direct && !content.empty()) content.begin = std::min(content.begin, addressee.begin);
      addressee = {};
    }
    if (!rule.direct && ends_with_subordinator(addressee)) return;  // "told journalists as he left": no what
    if (!rule.direct && addressee.empty() && content.begin == cue.end && names_addressee_first(cue) &&
        !split_addressee(content, addressee))
      return;  // "Erdogan told members of his party": whom he told, not what
    if (rule.direct && is_quoted_title(content)) return;
    speaker = subject_before_relative(speaker);  // "groups that brought the lawsuit welcomed"
    speaker = named_in_apposition(speaker);      // "Nortek's larger rival, Vexa Systems, said"
    if (rule.direct && speaker.begin > cue.begin && follows_participle_cue(content))
      return;                                                          // "citing "...," said the"
    if (!speaker.empty() && opens_with_subordinator(speaker)) return;  // "When asked whom she supported"
    if (!speaker.empty() && opens_with_participle(speaker)) return;    // ", beating Wall Street forecasts,"
    if (!rule.direct && follows_time_preposition(cue)) return;         // "after agreeing personal terms"
    if (!rule.direct && content2.empty() && content.end <= speaker.begin && is_opening_phrase(content))
      return;                                                                   // "In his address, he said"
    if (uint32_t verb = rule.direct ? 0 : relative_clause_end(cue, content)) {  // "Critics who oppose the bill say"
      if (symbol_of(cue.begin) != 'R') return;
      content.end = verb;
    }
    if (!speaker.empty() && !content.empty() && content.end <= speaker.begin &&
        subordinators_.contains(doc_.token_text(speaker.begin)))
      return;  // "A said B, while officials in the region reported C": not B
    if (!speaker.empty() && is_place_after_preposition(speaker)) return;  // "Speaking in Florida, Trump ..."
    if (rule.direct && content2.empty() && content.end <= speaker.begin && ends_sentence(content) &&
        (introduces_next_quotation(cue, addressee) || opens_mid_clause(content) ||
         says_more(content, speaker, cue, addressee)))
      return;
    if (!rule.direct && object_of_preposition(speaker, cue)) return;  // "People familiar with | the plan said"
    if (!rule.direct && object_of_cue(speaker, cue)) return;          // "told | investors on a conference call that"
    if (!rule.direct) end_addressee_at_first_name(addressee, content);
    if (!rule.direct) keep_mention_whole(addressee, content);
    if (!rule.direct && !addressee.empty() && !skip_addressee_apposition(content))
      return;  // "told Jane Smith, a reporter for the Herald." says nothing
    if (!rule.direct && !addressee.empty() && !content.empty() && is_possessive(content.begin) &&
        !skip_to_that(content) && !take_possessed_addressee(addressee, content))
      return;
    if (!rule.direct && splits_noun_phrase(addressee, content)) return;  // "told a news conference after"
    if (!rule.direct && content2.empty() && content.end <= cue.begin && is_subordinate_clause(content)) return;
    if (!rule.direct && content.begin == cue.end && has_frame(cue, "act") && names_act(content))
      return;  // "declared a state of emergency"
    if (!rule.direct && content.begin == cue.end && has_frame(cue, "amount") && opens_with_amount(content))
      return;  // "added nine assists"
    // "said little about the cause": nothing was said
    if (!rule.direct && content.begin == cue.end && says_nothing(content)) return;
    if (!rule.direct && has_frame(cue, "that") && !opens_with_that(content))
      return;  // "maintained a lead"; not "maintained that he was innocent"
    if (!rule.direct && content.begin == cue.end && kind_of(cue) == QuoteKind::Finding && is_reflexive(content.begin))
      return;  // "found itself at the center of the crisis"
    if (!rule.direct && content2.empty() && content.begin >= cue.end && says_only_when(content))
      return;  // "said while campaigning in Iowa", "told reporters before her appearance"
    if (!rule.direct) content = before_according_to(content);
    if (!rule.direct) content = before_attributed_quotation(content);
    if (!rule.direct && content2.empty()) content = within_opening_clause(cue, content);
    content = trimmed(content, rule.direct);
    content2 = trimmed(content2, rule.direct);
    // "..., the people said, speaking on condition of anonymity": how the source spoke, not more of it
    if (!rule.direct && !content2.empty() && opens_with_participle(content2) &&
        asks_anonymity({content2.begin, std::min(content2.end, content2.begin + kAnonymityWords)}))
      content2 = {};
    auto too_short = [&] {
      return content.empty() || (content.end - content.begin) + (content2.end - content2.begin) < rule.min_tokens;
    };
    if (too_short()) return;
    if (!rule.direct && content2.empty() && asks_no_question(cue, content)) return;  // "nobody had asked him"
    // "the government announced late on Saturday"; "told France Inter radio on Saturday" is no clause
    if (!rule.direct && content2.empty() && only_says_when(content, names_addressee_first(cue) ? 1 : 0)) return;
    if (!rule.direct && content2.empty() && only_says_where(cue, content)) return;   // "said in an email"
    if (!rule.direct && asks_anonymity(content)) return;                             // "who asked not to be named"
    if (!rule.direct && content2.empty() && opens_relative_clause(content)) return;  // "according to X, who spoke"
    bool reports_quotations_only = has_frame(cue, "direct");                         // "he continued"
    if (reports_quotations_only && (!rule.direct || runs_into_quotation(cue))) return;
    if (!rule.direct && has_frame(cue, "memory") && !opens_with_that(content) && is_institution(speaker))
      return;  // "Tesla recalls 2 million cars", "France recalled its ambassador"; not "Clinton recalled her days"
    if (!rule.direct && !cue.empty() && quoted_[cue.begin]) return;
    if (has_frame(cue, "appearance") && in_relative_clause(cue.begin)) return;  // "messages in which he appeared to"
    if (!rule.direct) {
      // "A said B and added C"; not "A did B but agreed to C, according to D" nor "According to D, A
      // began and continued": a cue in what D said is its subject's.
      bool follows_verb = content.begin > cue.begin && symbol_of(cue.begin) != 'A';
      if (cue.empty() || follows_verb) split_conjoined(rule, priority, content, speaker);
      // Before its attribution ("A, but B, said Gil") what was said runs up to the attribution.
      if (cue.empty() || content.end > cue.begin) content = before_next_clause(content);
      if (has_frame(cue, "object")) content = before_second_predicate(content);
      content = trimmed(content);  // "welcomed the speech — but added": no dash at the end
      if (too_short()) return;     // "who argued the case, called ...": "the case" is no clause
    }
    Candidate c;
    c.priority = priority;
    c.content = content;
    Quote& q = c.quote;
    q.type = rule.direct ? QuoteType::Direct : has_quotation_mark(content) ? QuoteType::Mixed : QuoteType::Indirect;
    q.content = bytes_of(content);
    q.segments = {q.content};
    if (rule.direct) widen_to_quotation(q);
    if (!content2.empty()) {
      q.segments.push_back(bytes_of(content2));
      q.content.end = q.segments.back().end;
    }
    q.kind = kind_of(cue);
    if (!speaker.empty()) attribute_to(q, speaker);
    if (labels_a_section(cue, q.speaker)) return;
    if (!rule.direct && shows_nothing(q.speaker) && has_frame(cue, "evidence") && !opens_with_that(content))
      return;  // "Tehran did not show flexibility"; not "the poll showed Clinton ahead"
    if (!cue.empty()) q.cue = bytes_of(cue);
    if (!addressee.empty()) q.addressee = entity_in(addressee);
    q.confidence = rule.confidence * (q.speaker >= 0 ? 1.0f : 0.8f);
    q.rule = rule.rule->name;
    candidates_.push_back(std::move(c));
  }

  // ", who", ", which", ", whose" open the content: a relative clause, not "asked which vision they
  // prefer" nor the "that" of reported speech.
  bool opens_relative_clause(TokenRange content) const {
    if (content.begin == 0 || doc_.token_text(content.begin - 1) != ",") return false;
    std::string_view first = doc_.token_text(content.begin);
    const auto* pronoun = pronoun_numbers_.find(first);
    return pronoun && pronoun->size() > 2 && (*pronoun)[2] == "relative" && lower(content.begin) != "that";
  }

  bool asks_anonymity(TokenRange content) const {
    // "not to be identified because the talks were private": the formula, then why.
    bool formula_first = lower(content.begin) == "not";
    if (content.end - content.begin > kAnonymityWords && !formula_first) return false;
    for (uint32_t t = content.begin; t < content.end && t < content.begin + kAnonymityWords; ++t)
      if (anonymity_words_.contains(doc_.token_text(t))) return true;
    return false;
  }
  static constexpr uint32_t kAnonymityWords = 6;  // "not to be named by the paper"

  // Nothing but when ("on Tuesday", "late on Saturday"), and at most `other_words` words besides.
  bool only_says_when(TokenRange content, uint32_t other_words) const {
    if (content.end - content.begin > kWhenWords) return false;
    bool when = false;
    for (uint32_t t = content.begin; t < content.end; ++t) {
      bool time = symbol_of(t) == 'd' || in_date(t);
      when = when || time;
      bool modifier = symbol_of(t) == 'i' || date_modifiers_.find(doc_.token_text(t));
      if (!time && !modifier && doc_.tokens[t].kind == TokenKind::Word && other_words-- == 0) return false;
    }
    return when;
  }
  static constexpr uint32_t kWhenWords = 8;  // "late on the night of Saturday, March 5"

  // "said in an interview last week", "wrote in his filing", "In an interview with The Huffington
  // Post, she said": after a cue of speech, a phrase that opens with a preposition and holds no
  // clause says where or how something was said, not what.
  bool only_says_where(TokenRange cue, TokenRange content) const {
    if (content.empty() || content.end - content.begin > kWherePhraseWords || kind_of(cue) != QuoteKind::Speech)
      return false;
    std::string_view first = doc_.token_text(content.begin);
    if (symbol_of(content.begin) != 'i' || folds_to(first, "about") || folds_to(first, "of"))
      return false;  // "asked about his paid speeches", "spoke of her campaign": what it was about
    for (uint32_t t = content.begin; t < content.end; ++t) {
      char s = symbol_of(t);
      if ((s && std::strchr("VRGrEkaPTQq", s)) || doc_.tokens[t].kind == TokenKind::Quote) return false;
    }
    return true;
  }
  static constexpr uint32_t kWherePhraseWords = 10;  // "in an interview with The Huffington Post in late May"

  bool in_date(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    auto it = std::upper_bound(doc_.dates.begin(), doc_.dates.end(), tok.begin,
                               [](uint32_t b, const DateExpr& d) { return b < d.span.begin; });
    return it != doc_.dates.begin() && std::prev(it)->span.end >= tok.end;
  }

  bool ends_with_subordinator(TokenRange r) const {
    return !r.empty() && (subordinators_.contains(doc_.token_text(r.end - 1)) || lower(r.end - 1) == "as");
  }

  // "Iowa: Tim Albrecht, Brad Anderson, ...": before a colon a place labels what follows; it says
  // nothing.
  bool labels_a_section(TokenRange cue, int32_t speaker) const {
    if (cue.empty() || doc_.token_text(cue.begin) != ":" || speaker < 0) return false;
    return doc_.entities[static_cast<size_t>(speaker)].type == EntityType::Gpe;
  }

  // A direct quote over several paragraphs: the whole quotation, whichever paragraph the rule saw.
  void widen_to_quotation(Quote& q) const {
    for (const Quotation* quotation : multi_paragraph_) {
      if (quotation->content.begin > q.content.begin || quotation->content.end < q.content.end) continue;
      q.content = quotation->content;
      q.segments = quotation->segments;
      return;
    }
  }

  // "told The Associated Press on Monday that ...", "told CNN his policy would ...": the addressee
  // the pattern left in the content, up to "that" or as the named mention that opens it. False when
  // neither is found.
  // "told CNN's "State of the Union" on Sunday that ...": after an addressee the pattern cut at
  // its possessive, what was said begins at "that".
  bool skip_to_that(TokenRange& content) const {
    uint32_t that = that_after_addressee(content);
    if (that == 0) return false;
    content.begin = that + 1;
    return true;
  }

  // "told Fox News' Sean Hannity he would ...": the mention after the possessive is the addressee.
  bool take_possessed_addressee(TokenRange& addressee, TokenRange& content) const {
    uint32_t next = content.begin + 1;
    if (next >= content.end || mention_at_[next] < 0) return false;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[next])];
    if (m.first_token != next || m.end_token >= content.end || doc_.tokens[m.end_token].kind != TokenKind::Word)
      return false;
    addressee = {m.first_token, m.end_token};
    content.begin = m.end_token;
    return true;
  }

  // The first "that" after the first word of `content`, within kAddresseeWords of its start and before
  // any ", and" or ", but", unless it is quoted ("told reporters: "I've said all along that ...""), or 0.
  uint32_t that_after_addressee(TokenRange content) const {
    for (uint32_t t = content.begin + 1; t < content.end && t < content.begin + kAddresseeWords; ++t) {
      char s = symbol_of(t);
      // "told POLITICO, has been chosen, and is briefed on the topics that"
      if (s == 'c' && doc_.token_text(t - 1) == ",") return 0;
      if (s == 'T') return quoted_[t] ? 0 : t;
    }
    return 0;
  }

  // "voters who believe that Wall Street is a boon, according to exit polls": the attribution that
  // closes the sentence is no part of what the voters believe.
  TokenRange before_according_to(TokenRange content) const {
    for (uint32_t t = content.begin + 1; t + 2 < content.end; ++t) {
      bool separator = doc_.token_text(t) == "," || doc_.tokens[t].kind == TokenKind::Dash;
      if (separator && symbol_of(t + 1) == 'A' && symbol_of(t + 2) == 'o') return {content.begin, t};
    }
    return content;
  }

  // "he had silenced his former wife: "She signed an agreement," he told the Times": a quoted
  // sentence after a colon or a dash, with an attribution of its own, ends the reported speech before
  // it. Not quoted words inside it ("could be termed "influence peddling," The Post reported").
  TokenRange before_attributed_quotation(TokenRange content) const {
    uint32_t open = 0;
    for (uint32_t t = content.begin; t + 2 < content.end; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.kind != TokenKind::Quote || nested_mark_[t]) continue;
      if (tok.quote_role == QuoteRole::Open) open = opens_quoted_sentence(t) ? t : 0;
      if (tok.quote_role != QuoteRole::Close || open <= content.begin || !mention_symbol_[t + 1]) continue;
      uint32_t k = t + 1;
      while (k < content.end && mention_symbol_[k]) ++k;
      char cue = k < content.end ? symbol_of(k) : 0;
      if (cue == 'V' || cue == 'R') return {content.begin, open};
    }
    return content;
  }

  bool opens_quoted_sentence(uint32_t mark) const {
    if (mark == 0 || mark + 1 >= doc_.tokens.size() || !doc_.tokens[mark + 1].has(kCapitalized)) return false;
    const Token& before = doc_.tokens[mark - 1];
    return before.kind == TokenKind::Dash || doc_.token_text(mark - 1) == ":";
  }

  // "People familiar with the plan said": an unnamed source after a nominal, an adjective and a
  // preposition is the object of the preposition; the nominal is the subject, for a rule that
  // reads the whole subject to find.
  bool object_of_preposition(TokenRange speaker, TokenRange cue) const {
    if (speaker.empty() || cue.empty() || speaker.begin < 3 || cue.begin < speaker.end) return false;
    uint32_t preposition = speaker.begin - 1, adjective = speaker.begin - 2, nominal = speaker.begin - 3;
    if (symbol_of(preposition) != 'i' || symbol_of(adjective) != 0) return false;
    if (doc_.tokens[adjective].kind != TokenKind::Word || doc_.tokens[adjective].has(kCapitalized)) return false;
    auto nominal_at = [&](uint32_t t) {
      int32_t m = mention_at_[t];
      return m >= 0 && doc_.mentions[static_cast<size_t>(m)].kind == MentionKind::Nominal;
    };
    return nominal_at(nominal) && nominal_at(speaker.end - 1);  // a named source after "by" speaks
  }

  // "As Lee told reporters the plan was dead, the crowd cheered": a cue in the clause a subordinator
  // opens before the sentence's first comma says no more than that clause holds.
  TokenRange within_opening_clause(TokenRange cue, TokenRange content) const {
    if (cue.empty() || content.begin < cue.end) return content;
    uint32_t first = cue.begin;
    for (; !doc_.tokens[first].has(kSentenceStart); --first)
      if (first == 0 || cue.begin - first > kOpeningClause || doc_.token_text(first - 1) == ",") return content;
    std::string_view opener = doc_.token_text(first);
    bool subordinate = subordinators_.contains(opener) || opener == "As" || opener == "as";
    if (!subordinate && symbol_of(first) != 'i') return content;
    for (uint32_t t = content.begin; t < content.end && t < content.begin + kOpeningClause; ++t) {
      if (doc_.token_text(t) != ",") continue;
      // After a prepositional phrase ("In an appeal to voters inclined to support Mr. Trump, Mr.
      // Khan pleaded"), only where the main clause's subject and verb follow the comma.
      return subordinate || opens_clause_at(t + 1, content.end) ? TokenRange{content.begin, t} : content;
    }
    return content;
  }

  bool opens_clause_at(uint32_t t, uint32_t end) const {
    const Mention* subject = mention_opening_at(t, end);
    if (!subject || is_relative_pronoun(t)) return false;  // ", which was costly," is an aside
    uint32_t after = subject->end_token;
    if (after >= end) return false;
    char s = symbol_of(after);
    const Token& verb = doc_.tokens[after];  // a plain word in lower case after a subject: a verb
    bool plain_word = s == 0 && verb.kind == TokenKind::Word && !verb.has(kCapitalized);
    return plain_word || s == 'V' || s == 'R' || s == 'k' || s == 'a' || s == 'n';
  }
  static constexpr uint32_t kOpeningClause = 30;  // tokens

  // "asked him", "asked whether she": only pronouns, after "asked" or opened as a clause, say
  // nothing ("endorsed him" does: support).
  bool asks_no_question(TokenRange cue, TokenRange content) const {
    bool opener = false;
    for (uint32_t t = content.begin; t < content.end; ++t) {
      char s = symbol_of(t);
      std::string_view w = doc_.token_text(t);
      bool opens = s == 'T' || w == "whether" || w == "Whether" || w == "if" || w == "If";
      if (s != 'P' && s != 'O' && !opens) return false;
      opener = opener || opens;
    }
    return opener || (!cue.empty() && lower(cue.end - 1).rfind("ask", 0) == 0);
  }

  // A participle between a possessive and a noun: "preferred" of "her preferred candidate".
  bool modifies_noun_after_possessive(uint32_t t, uint32_t end) const {
    if (t == 0 || t + 1 >= end || !doc_.token_text(t).ends_with("ed")) return false;
    char buffer[8];
    std::string_view before = ascii_lower_into(doc_.token_text(t - 1), buffer);
    bool possessive = before == "his" || before == "her" || before == "its" || before == "their" || before == "our" ||
                      before == "my" || before == "your";
    const Token& next = doc_.tokens[t + 1];
    return possessive && next.kind == TokenKind::Word && !next.has(kCapitalized) &&
           !lexicon_.words.find(doc_.token_text(t + 1), true);
  }

  // The quotation holding `content` comes straight after "citing" or "saying": its words are that
  // participle's, so a cue after it reports something else ("Mr. Manafort, citing "the magic of
  // Trump," said the candidate could win").
  bool follows_participle_cue(TokenRange content) const {
    if (content.begin < 2) return false;
    char before = symbol_of(content.begin - 2);
    return doc_.tokens[content.begin - 1].kind == TokenKind::Quote && (before == 'G' || before == 'r');
  }

  // A currency sign written against the number it belongs to: "$5", "£40".
  bool opens_amount(uint32_t t) const {
    const Token& sign = doc_.tokens[t];
    if (sign.kind != TokenKind::Symbol && doc_.token_text(t) != "$") return false;
    return t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].kind == TokenKind::Number &&
           !doc_.tokens[t + 1].has(kSpaceBefore);
  }

  // "40", "forty": a number or a number word.
  bool opens_quantity(uint32_t t, uint32_t end) const {
    if (t >= end) return false;
    if (doc_.tokens[t].kind == TokenKind::Number) return true;
    const WordSymbol* word = lexicon_.words.find(doc_.token_text(t), true);
    return word && word->count > 0;
  }

  char symbol_of(uint32_t t) const {
    const WordSymbol* word = lexicon_.words.find(doc_.token_text(t), true);
    return word ? word->symbol : 0;
  }

  // "CNN's "State of the Union"": quoted words after a possessive are a title, not a quotation
  // (nor, in add_floating_and_unattributed, an unattributed one).
  static constexpr uint32_t kClauseWords = 4;
  bool is_quoted_title(TokenRange content) const {
    if (content.begin < 2 || doc_.tokens[content.begin - 1].kind != TokenKind::Quote) return false;
    // "Mr. Kim's ''execution has been challenged''": words in lower case, a clause of them, are a quotation.
    bool clause = !doc_.tokens[content.begin].has(kCapitalized) && content.end - content.begin >= kClauseWords;
    return !clause && is_possessive_ending(doc_.token_text(content.begin - 2));
  }

  bool split_addressee(TokenRange& content, TokenRange& addressee) const {
    if (uint32_t that = that_after_addressee(content)) {
      addressee = {content.begin, that};
      content.begin = that + 1;
      return true;
    }
    uint32_t first = content.begin;
    if (mention_at_[first] < 0 && symbol_of(first) == 'D' && first + 1 < content.end) ++first;  // "told the BBC"
    int32_t m = mention_at_[first];
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].first_token != first) return false;
    uint32_t end = doc_.mentions[static_cast<size_t>(m)].end_token;
    bool clause_follows = end < content.end && doc_.tokens[end].kind == TokenKind::Word;  // not ", a forum", "(AP)"
    if (first > content.begin && !clause_follows) return false;
    while (end < content.end && doc_.token_text(end) == ",") ++end;
    if (end + kQuotedWords > content.end) return false;
    const WordSymbol* next = lexicon_.words.find(doc_.token_text(end), true);
    if (next && (next->symbol == 'i' || next->symbol == 'o' || next->symbol == 'd' || next->symbol == 'a'))
      return false;  // "members of his party", "told The Post earlier this year"
    addressee = {content.begin, doc_.mentions[static_cast<size_t>(m)].end_token};
    content.begin = end;
    return true;
  }
  static constexpr uint32_t kAddresseeWords = 24;  // tokens of an addressee and a when before "that"

  // A participle whose content may be a noun phrase, after "after", "before", "since", "until" or
  // "without", tells when or how something happened: "after agreeing personal terms" (not "after
  // saying he would resign").
  bool follows_time_preposition(TokenRange cue) const {
    if (cue.empty() || cue.begin == 0 || symbol_of(cue.begin) != 'r') return false;
    std::string_view before = doc_.token_text(cue.begin - 1);
    for (std::string_view word : {"after", "before", "since", "until", "without"})
      if (folds_to(before, word)) return true;
    return false;
  }

  // A source that opens with a lower-case word in -ing right after a comma, outside any mention, is
  // the object of that participle: ", beating Wall Street forecasts,".
  bool opens_with_participle(TokenRange words) const {
    const Token& first = doc_.tokens[words.begin];
    std::string_view w = doc_.token_text(words.begin);
    return words.begin > 0 && doc_.token_text(words.begin - 1) == "," && first.kind == TokenKind::Word &&
           !first.has(kCapitalized) && w.size() > 4 && w.ends_with("ing") && mention_at_[words.begin] < 0;
  }

  // "When asked whom she supported": a source phrase opened by a subordinator, with no mention in
  // it, is no source ("while Mike Huckabee, the former governor, proposed" has one).
  bool opens_with_subordinator(TokenRange speaker) const {
    if (!subordinators_.contains(doc_.token_text(speaker.begin))) return false;
    for (uint32_t t = speaker.begin; t < speaker.end; ++t)
      if (mention_at_[t] >= 0) return false;
    return true;
  }

  // "Speaking earlier Tuesday in Florida, Trump insisted ...": a place after a preposition is where,
  // not who.
  bool is_place_after_preposition(TokenRange speaker) const {
    if (speaker.begin == 0 || symbol_of(speaker.begin - 1) != 'i' || mention_at_[speaker.begin] < 0) return false;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[speaker.begin])];
    return m.end_token >= speaker.end && doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Gpe;
  }

  // "Frazier said the claim is "simply not true." Cruz agreed.": quoted words that a clause of the
  // sentence leads into, and that end it, are that clause's; the next sentence does not attribute them.
  bool opens_mid_clause(TokenRange content) const {
    if (content.begin < 2) return false;
    uint32_t mark = content.begin - 1;
    const Token& before = doc_.tokens[mark - 1];
    bool same_sentence = !doc_.tokens[mark].has(kSentenceStart);
    return same_sentence && (before.kind == TokenKind::Word || before.kind == TokenKind::Number) &&
           !doc_.tokens[content.begin].has(kCapitalized);
  }

  bool ends_sentence(TokenRange r) const {
    if (r.empty()) return false;
    std::string_view last = doc_.token_text(r.end - 1);
    return last == "." || last == "?" || last == "!";
  }

  // "''... to Germany.'' Eva-Maria Schultheis posted: ''No.''": a source and cue that a colon or
  // comma ties to the quotation after them belong to it, not to the one before.
  bool introduces_next_quotation(TokenRange cue, TokenRange addressee) const {
    uint32_t t = std::max(cue.end, addressee.end);
    if (t + 1 >= doc_.tokens.size()) return false;
    std::string_view mark = doc_.token_text(t);
    const Token& next = doc_.tokens[t + 1];
    return (mark == ":" || mark == ",") && next.kind == TokenKind::Quote && next.quote_role == QuoteRole::Open &&
           !nested_mark_[t + 1];
  }

  // ""It's time." She also gushes about being a grandmother": after a quoted sentence closed by its
  // period, a source and a cue followed by its own topic, "that" or a clause report something new.
  // (After "?" or "!" the attribution may go on: ""Who are they?" Trump said of the protesters.")
  bool says_more(TokenRange content, TokenRange speaker, TokenRange cue, TokenRange addressee) const {
    if (doc_.token_text(content.end - 1) != "." || speaker.empty() || speaker.end > cue.begin) return false;
    uint32_t t = std::max(cue.end, addressee.end);
    if (t >= doc_.tokens.size() || doc_.tokens[t].kind != TokenKind::Word) return false;
    std::string w = lower(t);
    if (w == "about" || w == "that" || w == "of") return true;
    char symbol = mention_symbol_[t] ? mention_symbol_[t] : symbol_of(t);
    return symbol == 'D' || symbol == 'P' || symbol == 'S';
  }

  // "When a developer offered to lease the land": a subordinate clause with no main clause after it.
  bool is_subordinate_clause(TokenRange content) const {
    if (content.empty() || !subordinators_.contains(doc_.token_text(content.begin))) return false;
    if (content.begin + 1 < content.end && lower(content.begin + 1) == "of") return false;  // "Because of ..."
    for (uint32_t t = content.begin; t < content.end; ++t)
      if (doc_.token_text(t) == "," && !quoted_[t]) return false;
    return true;
  }

  // "little about the cause", "nothing.": a word of empty-objects.list, then a preposition other than
  // "of" ("much of the talk was about Israel" is a clause), or no more.
  bool says_nothing(TokenRange content) const {
    if (content.empty() || !empty_objects_.contains(doc_.token_text(content.begin))) return false;
    uint32_t next = content.begin + 1;
    if (next >= content.end || doc_.tokens[next].kind != TokenKind::Word) return true;
    return is_preposition_symbol(symbol_of(next)) && !folds_to(doc_.token_text(next), "of");
  }

  // "nine assists", "5,000 jobs", "$2 billion", "nearly 300,000 jobs": a number, perhaps after a
  // currency sign or a word that qualifies it.
  bool opens_with_amount(TokenRange content) const {
    if (content.empty()) return false;
    uint32_t t = content.begin;
    const WordSymbol* qualifier = lexicon_.words.find(doc_.token_text(t), true);
    if (qualifier && qualifier->qualifies_amount && t + 1 < content.end) ++t;
    if (t + 1 < content.end && doc_.tokens[t].kind == TokenKind::Punct &&
        doc_.tokens[t].end == doc_.tokens[t + 1].begin)
      ++t;  // "$", "£"
    return opens_quantity(t, content.end);
  }

  // "war", "a state of emergency", "a national emergency": an act's noun, after at most a determiner
  // and "state of" or one more word.
  bool names_act(TokenRange content) const {
    uint32_t t = content.begin;
    if (t < content.end && symbol_of(t) == 'D') ++t;
    if (t + 2 < content.end && folds_to(doc_.token_text(t), "state") && folds_to(doc_.token_text(t + 1), "of")) t += 2;
    if (t + 1 < content.end && !act_nouns_.contains(doc_.token_text(t))) ++t;  // the list folds case itself
    return t < content.end && act_nouns_.contains(doc_.token_text(t)) && !opens_predicate(t + 1, content.end);
  }

  bool is_reflexive(uint32_t t) const { return is_reflexive_pronoun(lower(t)); }
  static bool is_source_symbol(char s) { return s == 'S' || s == 'N' || s == 'P'; }

  // "the war | was over": a verb after the noun makes the object a clause.
  bool opens_predicate(uint32_t t, uint32_t end) const {
    char s = t < end ? symbol_of(t) : 0;
    return s != 0 && std::strchr("kaVRn", s) != nullptr;
  }

  bool says_only_when(TokenRange content) const {
    if (content.empty()) return false;
    std::string_view first = doc_.token_text(content.begin);
    if ((!folds_to(first, "while") && !folds_to(first, "before")) || !is_subordinate_clause(content)) return false;
    for (uint32_t t = content.begin; t < content.end; ++t)
      if (doc_.tokens[t].kind == TokenKind::Quote || folds_to(doc_.token_text(t), "that"))
        return false;  // "said while ''logic ..."
    return true;
  }

  // "told Reuters the group was studying it": a name, then a determiner that opens the content.
  void end_addressee_at_first_name(TokenRange& addressee, TokenRange& content) const {
    if (addressee.empty() || content.empty() || content.begin != addressee.end) return;
    int32_t m = mention_at_[addressee.begin];
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].kind != MentionKind::Name) return;
    uint32_t end = doc_.mentions[static_cast<size_t>(m)].end_token;
    if (end >= addressee.end || symbol_of(end) != 'D') return;
    addressee.end = end;
    content.begin = end;
  }

  // "told The Huffington | Post before ...": an addressee that ends inside a mention takes all of
  // it; one that has words before that mention gives the mention to the content ("told reporters |
  // the minister was tired").
  void keep_mention_whole(TokenRange& addressee, TokenRange& content) const {
    if (addressee.empty() || content.empty() || content.begin != addressee.end) return;
    int32_t m = mention_at_[content.begin];
    if (m < 0 || m != mention_at_[content.begin - 1]) return;
    const Mention& mention = doc_.mentions[static_cast<size_t>(m)];
    uint32_t start = first_token_at(mention.extent.begin);
    bool words_before = false;  // "told reporters | the minister", not "told the | Daily News"
    for (uint32_t t = addressee.begin; t < start; ++t) words_before = words_before || symbol_of(t) != 'D';
    uint32_t cut = words_before ? start : std::min(mention.end_token, content.end);
    addressee.end = cut;
    content.begin = cut;
  }

  // "told Jane Smith, a reporter for the Herald, that ...": what was said follows the apposition's
  // "that"; without one there is nothing said. False when the apposition runs to the end.
  bool skip_addressee_apposition(TokenRange& content) const {
    uint32_t comma = content.begin;
    if (content.empty() || comma + 1 >= content.end || doc_.token_text(comma) != ",") return true;
    if (symbol_of(comma + 1) != 'D') return true;  // not ", he's been known to be tough"
    uint32_t that = that_after_addressee(content);
    if (that == 0) return false;
    content.begin = that + 1;
    return true;
  }

  // An addressee opened by a determiner and a content that goes on with a plain word: one noun
  // phrase cut in two ("a news | conference after the summit").
  bool splits_noun_phrase(TokenRange addressee, TokenRange content) const {
    if (addressee.empty() || content.empty() || content.begin != addressee.end) return false;
    if (symbol_of(addressee.begin) != 'D' || mention_at_[content.begin] >= 0) return false;
    return doc_.tokens[content.begin].kind == TokenKind::Word && symbol_of(content.begin) == 0;
  }

  bool names_addressee_first(TokenRange cue) const { return has_frame(cue, "addressee"); }

  // "continued "at the expert level"": an opening mark right after the cue and a quotation that
  // opens in lower case, a phrase quoted inside the writer's sentence.
  bool runs_into_quotation(TokenRange cue) const {
    if (cue.end + 1 >= doc_.tokens.size() || doc_.tokens[cue.end].kind != TokenKind::Quote) return false;
    const Token& first = doc_.tokens[cue.end + 1];
    return first.kind == TokenKind::Word && !first.has(kCapitalized);
  }

  // An organisation or a country.
  bool is_institution(TokenRange speaker) const {
    int32_t e = speaker.empty() ? -1 : entity_in(speaker);
    EntityType type = e >= 0 ? doc_.entities[static_cast<size_t>(e)].type : EntityType::Other;
    return type == EntityType::Org || type == EntityType::Gpe;
  }

  // A person or a country shows things; only studies, polls and data show a finding without "that".
  bool shows_nothing(int32_t speaker) const {
    if (speaker < 0) return false;
    EntityType type = doc_.entities[static_cast<size_t>(speaker)].type;
    return type == EntityType::Person || type == EntityType::Gpe;
  }

  // What was said opens with "that", "how" or a quotation mark, or follows "that" or "how".
  bool opens_with_that(TokenRange content) const {
    if (content.empty()) return false;
    auto introduces = [&](uint32_t t) { return lower(t) == "that" || lower(t) == "how"; };
    return introduces(content.begin) || (content.begin > 0 && introduces(content.begin - 1)) ||
           doc_.tokens[content.begin].quote_role == QuoteRole::Open;
  }

  bool has_frame(TokenRange cue, std::string_view frame) const {
    const auto* c = cue_entry(cue);
    return c && c->size() > 3 && (*c)[3] == frame;
  }

  // "told reporters", "said to reporters": an addressee follows "to" or a verb of telling.
  // A source before its cue that stands right after a cue of telling is whom that cue told ("Lee told
  // investors on a conference call that ...": "call" is no cue of the investors). Not "said he".
  bool object_of_cue(TokenRange speaker, TokenRange cue) const {
    if (speaker.empty() || cue.empty() || speaker.begin == 0 || cue.begin < speaker.end) return false;
    uint32_t before = speaker.begin - 1;
    if (symbol_of(before) == 'D' && before > 0) --before;
    return tells({before, before + 1});
  }

  // "reporters", "Lavrov", "him": a word of the range names a person, a group or a source.
  bool names_someone(TokenRange r) const {
    for (uint32_t t = r.begin; t < r.end; ++t) {
      char s = mention_symbol_[t] ? mention_symbol_[t] : symbol_of(t);
      if (s == 'S' || s == 'N' || s == 'O' || s == 'P') return true;
    }
    return false;
  }

  bool takes_addressee(TokenRange cue, TokenRange addressee) const {
    if (addressee.begin > 0 && lower(addressee.begin - 1) == "to") return names_someone(addressee);  // not "to cut"
    return tells(cue);
  }

  // A cue of rules/en/lists/addressee-cues.list ("told", "assured").
  bool tells(TokenRange cue) const {
    uint32_t width;
    const auto* c = cue.empty() ? nullptr : cue_at(cue.begin, cue.end, width);
    return c && !c->empty() && addressee_cues_.contains((*c)[0]);
  }

  // What was said ends where the writer's own next clause begins: ", and he railed against ...",
  // ", noting that ..." (a participle is an attribution of its own), "but did not say when".
  TokenRange before_next_clause(TokenRange content) const {
    for (uint32_t t = content.begin + 2; t + 2 < content.end; ++t) {
      if (!quoted_[t] && denies_speaking(t, content.end)) return {content.begin, t};
      if (doc_.token_text(t) != ",") continue;
      // "as "dead on arrival," telling reporters": the comma that closes a quotation counts too.
      bool closes_quotation =
          doc_.tokens[t + 1].kind == TokenKind::Quote && doc_.tokens[t + 1].quote_role == QuoteRole::Close;
      if (quoted_[t] && !closes_quotation) continue;
      uint32_t after = closes_quotation ? t + 1 : t;
      if (after + 2 >= content.end) continue;
      uint32_t width;
      const auto* cue = cue_at(after + 1, content.end, width);
      bool participle = cue && cue->size() > 1 && (*cue)[1] == "participle";
      std::string next = lower(after + 1);
      bool conjunction = next == "and" || next == "but" || next == "while" || next == "although" || next == "though";
      bool new_subject = conjunction && (mention_symbol_[after + 2] || pronouns_.contains(doc_.token_text(after + 2)));
      if (participle || new_subject) return {content.begin, closes_quotation ? t + 2 : t};
    }
    return content;
  }

  // "welcomed the signals but remained skeptical": after an object, "and" or "but" and a copula
  // open a second predicate of the source.
  TokenRange before_second_predicate(TokenRange content) const {
    for (uint32_t t = content.begin + 1; t + 1 < content.end; ++t)
      if (symbol_of(t) == 'c' && !quoted_[t] && copulas_.contains(doc_.token_text(t + 1))) return {content.begin, t};
    return content;
  }

  // "(,) but did not say", "and would not confirm" at t: what the source did not say is no part
  // of what it said.
  bool denies_speaking(uint32_t t, uint32_t end) const {
    uint32_t at = doc_.token_text(t) == "," ? t + 1 : t;
    if (at + 3 >= end || symbol_of(at) != 'c' || symbol_of(at + 2) != 'n') return false;  // "and", "not"
    std::string aux = lower(at + 1);
    bool auxiliary = aux == "did" || aux == "does" || aux == "do" || aux == "would" || aux == "could" ||
                     aux == "will" || aux == "can";
    if (!auxiliary) return false;
    uint32_t width;
    const auto* cue = cue_at(at + 3, end, width);
    return cue && cue->size() > 1 && (*cue)[1] == "base";
  }

  // "that the defendant, real estate developer Victor Crane, | threatened to ...": the comma at t closes
  // an apposition to the short noun phrase that opens what was said, so the cue after it is that
  // phrase's verb.
  bool closes_subject_apposition(TokenRange content, uint32_t t) const {
    uint32_t first = content.begin;
    if (symbol_of(first) == 'T') ++first;
    if (t > first + kSubjectPhraseWords + kAppositionWords + 1) return false;
    uint32_t comma = first;
    while (comma < t && doc_.token_text(comma) != ",") ++comma;
    if (comma == t || comma == first || comma - first > kSubjectPhraseWords) return false;
    for (uint32_t k = first; k < comma; ++k)
      if (doc_.tokens[k].kind != TokenKind::Word || is_cue_symbol(symbol_of(k)) || symbol_of(k) == 'a') return false;
    if (symbol_of(comma + 1) == 'c') return false;  // ", and then a visual vote,": a list
    for (uint32_t k = comma + 1; k < t; ++k)
      if (doc_.token_text(k) == ",") return false;
    return t - comma <= kAppositionWords;
  }
  static constexpr uint32_t kSubjectPhraseWords = 4;
  static constexpr uint32_t kAppositionWords = 12;

  // "said that A, but added B" and "said A, adding that B": the second cue starts a quote of its own.
  void split_conjoined(const CompiledRule& rule, size_t priority, TokenRange& content, TokenRange speaker) {
    for (uint32_t t = content.begin + 1; t + 1 < content.end; ++t) {
      bool comma = doc_.token_text(t) == ",";
      uint32_t cue = comma ? t + 1 : t;
      std::string w = lower(cue);
      if (w == "and" || w == "but") ++cue;
      if (comma && cue < content.end && cue > t + 1 &&
          (mention_symbol_[cue] || pronouns_.contains(doc_.token_text(cue)))) {
        uint32_t after = cue + 1;
        while (after < content.end && mention_symbol_[after]) ++after;
        uint32_t w2;
        if (after < content.end && cue_at(after, content.end, w2)) {
          content.end = t;  // ", but she warned that ...": a new attribution, found on its own
          return;
        }
      }
      if (cue >= content.end || cue == t || (!comma && cue == t)) continue;
      uint32_t width;
      const auto* c = cue_at(cue, content.end, width);
      if (!c || c->size() < 2 || (*c)[1] == "base") continue;
      bool participle = (*c)[1] == "participle";
      if (!comma && !(w == "and" || w == "but")) continue;
      if (participle && !comma) continue;
      if (comma && !participle && cue == t + 1 && closes_subject_apposition(content, t)) continue;
      TokenRange rest{after_when_that(cue + width, content.end), content.end};
      if (rest.begin == cue + width && names_addressee_first({cue, cue + width}))
        if (uint32_t that = that_after_addressee(rest))
          rest.begin = that + 1;  // ", telling the parliament on Wednesday that"
      content.end = t;
      if (rest.end - rest.begin < 3 || (comma && cue == t + 1 && names_source_only(rest))) return;
      Candidate second;
      second.priority = priority;
      second.content = trimmed(rest);
      Quote& q = second.quote;
      q.type = has_quotation_mark(second.content) ? QuoteType::Mixed : QuoteType::Indirect;
      q.content = bytes_of(second.content);
      q.segments = {q.content};
      q.kind = kind_of({cue, cue + width});
      if (!speaker.empty()) attribute_to(q, speaker);
      q.cue = bytes_of({cue, cue + width});
      q.confidence = rule.confidence * 0.9f;
      q.rule = "indirect.conjoined-cue";
      candidates_.push_back(std::move(second));
      return;
    }
  }

  // "..., said Dmitry Peskov, the Kremlin spokesman": after the cue a named source and nothing but
  // its apposition; the attribution turned round, not what was said.
  bool names_source_only(TokenRange r) const {
    uint32_t t = r.begin;
    while (t < r.end && mention_symbol_[t] == 'S') ++t;
    return t > r.begin && (t == r.end || doc_.token_text(t) == ",");
  }

  // After a cue: the token after its "that", over a when before it ("added this week that",
  // "said on Monday that"); else `t`.
  uint32_t after_when_that(uint32_t t, uint32_t end) const {
    uint32_t k = t;
    if (k < end && symbol_of(k) == 'i') ++k;
    while (k < end && (symbol_of(k) == 'd' || (k + 1 < end && symbol_of(k + 1) == 'd' && opens_time(k)))) ++k;
    if (k < end && lower(k) == "that") return k + 1;
    // "arguing in a statement that ...": where it was said, then "that".
    if (t >= end || symbol_of(t) != 'i') return t;
    for (k = t + 1; k < end && k <= t + kWhereWords && doc_.tokens[k].kind == TokenKind::Word; ++k)
      if (lower(k) == "that") return k + 1;
    return t;
  }
  static constexpr uint32_t kWhereWords = 4;  // "in a televised statement"

  bool opens_time(uint32_t t) const {
    const WordSymbol* word = lexicon_.words.find(doc_.token_text(t), true);
    return word && word->opens_time;
  }

  static uint32_t overlap(ByteSpan a, ByteSpan b) {
    uint32_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
    return hi > lo ? hi - lo : 0;
  }

  // Two candidates are one quote when their contents mostly overlap and they share a source or a
  // cue; a quote nested in another (a different source and cue) is kept.
  bool same_quote(const Quote& a, const Quote& b) const {
    uint32_t o = overlap(a.content, b.content);
    if (o * 2 <= std::min(a.content.size(), b.content.size())) return false;
    bool same_cue = a.cue && b.cue && *a.cue == *b.cue;
    bool same_speaker = a.speaker_mention && b.speaker_mention && overlap(*a.speaker_mention, *b.speaker_mention) > 0;
    bool either_direct = a.type == QuoteType::Direct || b.type == QuoteType::Direct;
    return same_cue || same_speaker || either_direct;
  }

  // Two readings of one sentence, each taking the other's cue for what was said ("A deal could be
  // announced soon, one of them said": "one of them said" as a content, "announced" as a cue).
  static bool cross(const Quote& a, const Quote& b) {
    auto inside = [](const std::optional<ByteSpan>& cue, ByteSpan content) {
      return cue && cue->begin >= content.begin && cue->end <= content.end;
    };
    return inside(a.cue, b.content) && inside(b.cue, a.content);
  }

  // Accepted quotes by content start, to find the ones a candidate overlaps without a scan of all.
  std::multimap<uint32_t, size_t> accepted_;
  uint32_t longest_ = 0;

  bool duplicates_accepted(const Quote& candidate) const {
    uint32_t from = candidate.content.begin > longest_ ? candidate.content.begin - longest_ : 0;
    for (auto it = accepted_.lower_bound(from); it != accepted_.end() && it->first < candidate.content.end; ++it)
      if (same_quote(doc_.quotes[it->second], candidate) || cross(doc_.quotes[it->second], candidate)) return true;
    return false;
  }

  void accept(Quote q) {
    longest_ = std::max(longest_, q.content.size());
    accepted_.emplace(q.content.begin, doc_.quotes.size());
    doc_.quotes.push_back(std::move(q));
  }

  void choose() {
    drop_quotations_inside_mixed_quotes();
    end_before_sentence_attributions();
    std::stable_sort(candidates_.begin(), candidates_.end(),
                     [](const Candidate& a, const Candidate& b) { return a.priority < b.priority; });
    for (auto& c : candidates_)
      if (!duplicates_accepted(c.quote)) accept(std::move(c.quote));
    candidates_.clear();
  }

  // "LaVine told reporters he felt "close to 100 percent."": a quote whose cue and content lie inside
  // what the same source is quoted as saying repeats part of that quote.
  void drop_nested_repeats() {
    auto& quotes = doc_.quotes;  // sorted by content start
    std::vector<uint8_t> nested(quotes.size(), 0);
    for (size_t i = 0; i < quotes.size(); ++i) {
      const Quote& outer = quotes[i];
      if (outer.speaker < 0 || outer.type == QuoteType::Direct) continue;
      for (size_t k = i + 1; k < quotes.size() && quotes[k].content.begin < outer.content.end; ++k) {
        const Quote& inner = quotes[k];
        nested[k] |= inner.speaker == outer.speaker && inner.type != QuoteType::Direct && inner.cue &&
                     inner.cue->begin >= outer.content.begin && inner.content.end <= outer.content.end;
      }
    }
    size_t kept = 0;
    for (size_t i = 0; i < quotes.size(); ++i)
      if (!nested[i] && kept++ != i) quotes[kept - 1] = std::move(quotes[i]);
    quotes.resize(kept);
  }

  // "Putin told Macron that Russia would not attack, the Kremlin said": what Putin said ends where
  // the attribution of the whole sentence begins, and both quotes stand.
  void end_before_sentence_attributions() {
    std::vector<const Candidate*> trailing;  // attributions that follow their content, by cue
    for (const auto& c : candidates_)
      if (follows_content(c.quote)) trailing.push_back(&c);
    if (trailing.empty()) return;
    auto by_cue = [](const Candidate* a, const Candidate* b) { return a->quote.cue->begin < b->quote.cue->begin; };
    std::sort(trailing.begin(), trailing.end(), by_cue);
    for (auto& inner : candidates_) {
      if (inner.quote.type == QuoteType::Direct || inner.quote.segments.size() != 1 || !opened_by_that(inner)) continue;
      auto it = std::lower_bound(trailing.begin(), trailing.end(), inner.quote.content.begin,
                                 [](const Candidate* c, uint32_t b) { return c->quote.cue->begin < b; });
      for (int steps = 0; it != trailing.end() && steps < kContainerSearch; ++it, ++steps) {
        if ((*it)->quote.cue->begin >= inner.quote.content.end) break;
        if (!attributes_sentence_of(**it, inner)) continue;
        inner.content.end = (*it)->content.end;
        inner.quote.content.end = (*it)->quote.content.end;
        inner.quote.segments = {inner.quote.content};
        inner.quote.type = has_quotation_mark(inner.content) ? QuoteType::Mixed : QuoteType::Indirect;
        break;
      }
    }
  }

  static bool follows_content(const Quote& q) {
    return q.type != QuoteType::Direct && q.cue && q.speaker_mention && q.cue->begin >= q.content.end &&
           q.speaker_mention->begin >= q.content.end && q.segments.size() == 1;
  }

  bool opened_by_that(const Candidate& c) const {
    return c.content.begin > 0 && lower(c.content.begin - 1) == "that" && c.quote.cue &&
           c.quote.cue->end <= c.quote.content.begin;
  }

  // The outer quote holds the inner one's cue, and its own attribution ends the inner one's content.
  static bool attributes_sentence_of(const Candidate& outer, const Candidate& inner) {
    const Quote &o = outer.quote, &i = inner.quote;
    return o.content.begin <= i.cue->begin && o.content.end > i.content.begin && o.content.end < i.content.end &&
           o.speaker_mention->end <= i.content.end && o.cue->end <= i.content.end;
  }

  // "Zelenskiy said talks would go on, despite what he called "constant shelling"": a quotation (or
  // a mixed quote around it) inside the same source's reported speech is part of that mixed quote,
  // not a quote of its own.
  void drop_quotations_inside_mixed_quotes() {
    std::vector<const Quote*> mixed;
    for (const auto& c : candidates_)
      if (c.quote.type == QuoteType::Mixed && c.quote.speaker >= 0) mixed.push_back(&c.quote);
    if (mixed.empty()) return;
    std::sort(mixed.begin(), mixed.end(),
              [](const Quote* a, const Quote* b) { return a->content.begin < b->content.begin; });
    auto inside_mixed = [&](const Quote& q) {
      if (q.type == QuoteType::Indirect) return false;
      auto it = std::upper_bound(mixed.begin(), mixed.end(), q.content.begin,
                                 [](uint32_t b, const Quote* m) { return b < m->content.begin; });
      for (int steps = 0; it != mixed.begin() && steps < kContainerSearch; ++steps) {
        const Quote& m = **--it;
        if (&m == &q || m.content.end < q.content.end) continue;
        if (q.speaker >= 0 && m.speaker == q.speaker && m.content.size() >= 2 * q.content.size()) return true;
        if (attributed_inside(q, m.content)) return true;  // "telling reporters that the committee would decide "...""
        if (continues_object_inside(q, m.content)) return true;
      }
      return false;
    };
    std::vector<bool> drop(candidates_.size());
    for (size_t i = 0; i < candidates_.size(); ++i) drop[i] = inside_mixed(candidates_[i].quote);
    size_t kept = 0;
    for (size_t i = 0; i < candidates_.size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) candidates_[kept] = std::move(candidates_[i]);
      ++kept;
    }
    candidates_.resize(kept);
  }
  static constexpr int kContainerSearch = 8;  // mixed quotes looked at before a quotation

  // The words a thought or a finding quotes inside another source's reported speech are that speech's.
  static bool attributed_inside(const Quote& q, ByteSpan content) {
    return q.type == QuoteType::Direct && q.kind != QuoteKind::Speech && q.cue && q.speaker_mention &&
           q.speaker_mention->begin >= content.begin && q.cue->end <= content.end;
  }

  // "said the bloc welcomed competition "but it must be fair."": quoted words that open in lower case
  // after the object of a cue that tells no one go on with that clause, inside another source's
  // reported speech; they are that speech's words ("said Lee told him "you're fired"" are Lee's).
  bool continues_object_inside(const Quote& q, ByteSpan content) const {
    if (q.type != QuoteType::Direct || !q.cue || !q.speaker_mention || q.speaker_mention->begin < content.begin ||
        q.content.end > content.end)
      return false;
    uint32_t cue_end = first_token_at(q.cue->end), first = first_token_at(q.content.begin);
    if (first <= cue_end + 1 || first >= doc_.tokens.size()) return false;  // nothing between cue and mark
    uint32_t mark = first - 1;
    if (doc_.tokens[mark].kind != TokenKind::Quote || doc_.tokens[mark - 1].kind != TokenKind::Word) return false;
    TokenRange cue{first_token_at(q.cue->begin), cue_end};
    return !tells(cue) && !doc_.tokens[first].has(kCapitalized);
  }

  bool covered(ByteSpan s) const {
    uint32_t from = s.begin > longest_ ? s.begin - longest_ : 0;
    for (auto it = accepted_.lower_bound(from); it != accepted_.end() && it->first < s.end; ++it)
      if (overlap(doc_.quotes[it->second].content, s) > 0) return true;
    return false;
  }

  uint32_t word_count(ByteSpan s) const {
    uint32_t n = 0;
    for (uint32_t t = first_token_at(s.begin); t < doc_.tokens.size() && doc_.tokens[t].begin < s.end; ++t)
      n += doc_.tokens[t].kind == TokenKind::Word;
    return n;
  }

  // "ROSSI: No. We have been very clear about that.": in a transcript, a paragraph opened by a
  // speaker's name in capitals and a colon is that speaker's words, whole.
  // In a question-and-answer interview ("Q: ..." then "A: ..."), an answer is the words of the
  // first person the article names, before it: the one interviewed.
  void add_transcript_answers() {
    bool interview = is_interview();
    bool unlabelled = std::find(answers_.begin(), answers_.end(), 1) != answers_.end();
    const Mention* interviewed = interview || unlabelled ? first_person() : nullptr;
    for (size_t i = 0; i < answers_.size(); ++i)
      if (answers_[i]) add_unlabelled_answer(doc_.paragraphs[i], interviewed);
    for (const Paragraph& p : doc_.paragraphs) {
      bool answer = interview && labelled(p, "A");
      uint32_t colon = spoken_paragraph_colon(p, interview);
      if (colon == 0) continue;
      TokenRange content = trimmed({colon + 1, p.end_token}, true);
      if (content.end - content.begin < kQuotedWords) continue;
      // A rule that read the same colon as its cue ("ROSSI: No." as a headline's source and colon)
      // gives way to the transcript's reading.
      std::optional<size_t> same_colon = accepted_with_cue(bytes_of({colon, colon + 1}));
      if (!answer && !same_colon && covered(bytes_of(content))) continue;
      Quote q;
      q.type = QuoteType::Direct;
      q.content = bytes_of(content);
      q.segments = {q.content};
      if (answer) {
        if (!interviewed || interviewed->first_token >= p.first_token) continue;
        q.speaker = interviewed->entity;
        q.speaker_mention = interviewed->span;
      } else {
        q.speaker = entity_in({p.first_token, colon});
        q.speaker_mention = mention_span_in({p.first_token, colon});
      }
      q.cue = bytes_of({colon, colon + 1});
      q.confidence = answer ? 0.7f : 0.8f;
      q.rule = answer ? "direct.interview-answer" : "direct.transcript";
      if (same_colon)
        replace_accepted(*same_colon, std::move(q));
      else
        accept(std::move(q));
    }
  }

  void add_unlabelled_answer(const Paragraph& p, const Mention* interviewed) {
    TokenRange content = trimmed({p.first_token, p.end_token}, true);
    if (content.end - content.begin < kQuotedWords || !interviewed || interviewed->first_token >= p.first_token) return;
    Quote q;
    q.type = QuoteType::Direct;
    q.content = bytes_of(content);
    q.segments = {q.content};
    q.speaker = interviewed->entity;
    q.speaker_mention = interviewed->span;
    q.confidence = 0.6f;
    q.rule = "direct.interview-answer";
    accept(std::move(q));
  }

  bool is_interview() const {
    return std::any_of(doc_.paragraphs.begin(), doc_.paragraphs.end(),
                       [&](const Paragraph& p) { return labelled(p, "Q"); });
  }

  // The colon after "A" (an answer in an interview) or a speaker's name in capitals (a transcript)
  // that opens paragraph p, or 0.
  uint32_t spoken_paragraph_colon(const Paragraph& p, bool interview) const {
    if (interview && labelled(p, "A")) return p.first_token + 1;
    uint32_t colon = transcript_colon(p);
    if (colon == 0 || mention_at_[p.first_token] < 0) return 0;
    bool dateline = after_dateline(doc_, static_cast<size_t>(&p - doc_.paragraphs.data())) == colon + 1;  // "TALLINN:"
    return dateline ? 0 : colon;
  }

  std::optional<size_t> accepted_with_cue(ByteSpan cue) const {
    for (size_t i = 0; i < doc_.quotes.size(); ++i)
      if (doc_.quotes[i].cue == cue) return i;
    return std::nullopt;
  }

  void replace_accepted(size_t index, Quote q) {
    auto [first, last] = accepted_.equal_range(doc_.quotes[index].content.begin);
    for (auto it = first; it != last; ++it)
      if (it->second == index) {
        accepted_.erase(it);
        break;
      }
    longest_ = std::max(longest_, q.content.size());
    accepted_.emplace(q.content.begin, index);
    doc_.quotes[index] = std::move(q);
  }

  // The paragraph opens with `label` and a colon ("Q:", "A:").
  bool labelled(const Paragraph& p, std::string_view label) const {
    return p.first_token + 1 < p.end_token && doc_.token_text(p.first_token) == label &&
           doc_.token_text(p.first_token + 1) == ":";
  }

  // The first person the article names (mentions are in text order), found once a document.
  const Mention* first_person() const {
    for (const Mention& m : doc_.mentions)
      if (m.kind == MentionKind::Name && doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Person)
        return &m;
    return nullptr;
  }

  // The colon after one or two words in capitals that open a paragraph ("ROSSI:", "MS. ROSSI:"), or 0.
  uint32_t transcript_colon(const Paragraph& p) const {
    for (uint32_t t = p.first_token; t < p.end_token && t < p.first_token + kTranscriptName; ++t) {
      std::string_view w = doc_.token_text(t);
      if (w == ":") return t > p.first_token ? t : 0;
      bool capitals = doc_.tokens[t].has(kAllCaps) || (w == "." && t > p.first_token);
      if (!capitals) return 0;
    }
    return 0;
  }
  static constexpr uint32_t kTranscriptName = 4;  // tokens: "MS", ".", "ROSSI", ":"

  // Quotations no rule attributed. One in the same paragraph as a direct quote by X continues it
  // ("A," X said, looking around. "B.") and becomes its next segment; a paragraph that is only a
  // quotation, right after a quote by X, is X's (floating); another quotation of four words or more
  // has no speaker; shorter ones ("constructive") are scare quotes or titles, not quotes.
  void add_floating_and_unattributed() {
    std::vector<Quote> extra;
    std::vector<std::pair<uint32_t, size_t>> ends;  // (content end, quote index) of attributed quotes, sorted
    for (size_t i = 0; i < doc_.quotes.size(); ++i) ends.emplace_back(doc_.quotes[i].content.end, i);
    std::sort(ends.begin(), ends.end());
    for (const Quotation& quotation : doc_.quotations) {
      if (!is_primary(quotation) || quotation.content.empty() || covered(quotation.content)) continue;
      if (quotation.open_token > 0 && is_possessive_ending(doc_.token_text(quotation.open_token - 1))) continue;
      auto before = std::upper_bound(ends.begin(), ends.end(), std::make_pair(quotation.content.begin, SIZE_MAX));
      Quote* previous = before == ends.begin() ? nullptr : &doc_.quotes[std::prev(before)->second];
      bool same_paragraph = previous && paragraph_of(previous->content.end) == paragraph_of(quotation.content.begin);
      bool words = word_count(quotation.content) >= 4;
      bool previous_has_source = previous && (previous->speaker >= 0 || previous->speaker_mention);
      bool continues = words || is_quoted_sentence(quotation);  // "It won't work." after "..., said Holden."
      if (same_paragraph && continues && previous->type == QuoteType::Direct && previous_has_source) {
        previous->segments.insert(previous->segments.end(), quotation.segments.begin(), quotation.segments.end());
        previous->content.end = std::max(previous->content.end, quotation.content.end);
        continue;
      }
      if (!words) continue;
      Quote q;
      q.type = QuoteType::Direct;
      q.content = quotation.content;
      q.segments = quotation.segments;
      bool next_paragraph =
          previous && paragraph_of(previous->content.end) + 1 == paragraph_of(quotation.content.begin);
      if (previous_has_source && ((opens_paragraph(quotation.open_token) && next_paragraph) || same_paragraph)) {
        q.speaker = previous->speaker;
        q.co_speakers = previous->co_speakers;
        q.speaker_mention = previous->speaker_mention;
        q.floating = true;
        q.confidence = 0.7f;
        q.rule = same_paragraph ? "direct.continued" : "direct.floating";
      } else if (const Mention* source = source_before_colon(quotation)) {
        q.speaker = source->entity;
        q.speaker_mention = source->span;
        q.confidence = 0.7f;
        q.rule = "direct.after-colon";
      } else if (const Mention* subject = subject_before_quoted_sentence(quotation)) {
        q.speaker = subject->entity;
        q.speaker_mention = subject->span;
        q.confidence = 0.6f;
        q.rule = "direct.after-subject";
      } else {
        q.confidence = 0.5f;
        q.rule = "direct.unattributed";
      }
      extra.push_back(std::move(q));
    }
    for (auto& q : extra) doc_.quotes.push_back(std::move(q));
  }

  // "Cruz continued:", "In a 1963 speech, he declared:", then a paragraph that opens with the
  // quotation: the source of the reporting verb before the colon.
  const Mention* source_before_colon(const Quotation& quotation) const {
    uint32_t open = quotation.open_token;
    if (open < 3 || !opens_paragraph(open) || doc_.token_text(open - 1) != ":") return nullptr;
    const Sentence* s = sentence_at(doc_.tokens[open - 1].begin);
    if (!s) return nullptr;
    uint32_t first = std::max(s->first_token, open - 1 > kColonCueWords ? open - 1 - kColonCueWords : 0);
    for (uint32_t cue = open - 1; cue-- > first;) {
      if (!is_cue_symbol(symbol_of(cue))) continue;
      uint32_t t = cue;
      while (t > s->first_token && symbol_of(t - 1) == 'a') --t;  // "has said", "also noted"
      if (t == s->first_token || mention_at_[t - 1] < 0) return nullptr;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t - 1])];
      return m.entity >= 0 ? &m : nullptr;
    }
    return nullptr;
  }
  static constexpr uint32_t kColonCueWords = 12;  // "He told his Democratic audience, to rowdy applause:"

  // "Mr. Hannity is unapologetic about his aim. "I'm not hiding the fact ..."": a quotation that is
  // a whole sentence, after a sentence of the same paragraph whose subject is a person, is theirs.
  const Mention* subject_before_quoted_sentence(const Quotation& quotation) const {
    const Sentence* here = sentence_at(doc_.tokens[quotation.open_token].begin);
    if (!here || here == doc_.sentences.data() || here->first_token != quotation.open_token) return nullptr;
    if (!ends_its_sentence(quotation, *here)) return nullptr;
    const Sentence& before = *(here - 1);
    if (before.paragraph != here->paragraph || has_quotation_mark({before.first_token, before.end_token}))
      return nullptr;
    const Mention* subject = mention_opening_at(before.first_token, before.end_token);  // "Mr. Hannity"
    if (!subject) return nullptr;
    bool person =
        subject->entity >= 0 && doc_.entities[static_cast<size_t>(subject->entity)].type == EntityType::Person;
    bool named = subject->kind != MentionKind::Nominal || subject->rule.starts_with("coref.");  // "The senator"
    return person && named ? subject : nullptr;
  }

  // A possessor whose possession the rule did not take as a source, then the name of that possession
  // in an apposition ("Nortek's larger rival, Vexa Systems,"): the name is the source.
  TokenRange named_in_apposition(TokenRange speaker) const {
    if (speaker.empty() || speaker.end + 4 >= doc_.tokens.size() || !is_possessive(speaker.end)) return speaker;
    uint32_t t = speaker.end + 1;
    for (uint32_t words = 0;
         words < kModifierWords && doc_.tokens[t].kind == TokenKind::Word && mention_at_[t] < 0 && symbol_of(t) == 0;
         ++words)
      ++t;
    if (t == speaker.end + 1 || t + 1 >= doc_.tokens.size() || doc_.token_text(t) != "," || mention_at_[t + 1] < 0)
      return speaker;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t + 1])];
    if (m.kind != MentionKind::Name || m.end_token >= doc_.tokens.size() || doc_.token_text(m.end_token) != ",")
      return speaker;
    return {m.first_token, m.end_token};
  }

  // "Voting rights groups that brought the lawsuit welcomed the ruling": a source right after a
  // relative pronoun and its verb is that verb's object; the phrase before the pronoun speaks.
  TokenRange subject_before_relative(TokenRange speaker) const {
    if (speaker.empty() || speaker.begin < 2) return speaker;
    // The verb stands before the source's words, or opens them ("who | chairs the committee").
    uint32_t verb = is_relative_pronoun(speaker.begin - 1) ? speaker.begin : speaker.begin - 1;
    if (verb < 2 || verb >= speaker.end) return speaker;
    uint32_t relative = verb - 1;
    const Token& v = doc_.tokens[verb];
    bool plain_verb = symbol_of(verb) == 0 || is_cue_symbol(symbol_of(verb));  // "who wrote the law"
    if (v.kind != TokenKind::Word || v.has(kCapitalized) || !plain_verb || !is_relative_pronoun(relative))
      return speaker;
    if (symbol_of(verb + 1) != 'D') return speaker;  // "that | homeland security experts say": no verb
    uint32_t begin = relative;
    if (int32_t m = mention_at_[relative - 1]; m >= 0) {
      const Mention& head = doc_.mentions[static_cast<size_t>(m)];
      if (head.end_token != relative || head.kind == MentionKind::Pronoun) return speaker;
      begin = head.first_token;
      if (begin < 2 || symbol_of(begin - 1) != 'i') return {begin, relative};
      --begin;  // "Democrats in Iowa who watched the debate": the phrase before the place
    }
    while (begin > 0 && relative - begin < kRelativeHeadWords && doc_.tokens[begin - 1].kind == TokenKind::Word &&
           (symbol_of(begin - 1) == 0 || symbol_of(begin - 1) == 'N') && !doc_.tokens[begin].has(kSentenceStart))
      --begin;  // the words of the noun phrase ("Voting rights groups")
    if (begin > 0 && symbol_of(begin - 1) == 'D' && !doc_.tokens[begin].has(kSentenceStart)) --begin;
    return begin < relative ? TokenRange{begin, relative} : speaker;
  }
  static constexpr uint32_t kRelativeHeadWords = 4;

  // "In his nightly video address", "At the briefing": a short prepositional phrase before the source
  // says where or when, not what.
  bool is_opening_phrase(TokenRange content) const {
    if (content.empty() || content.end - content.begin > kOpeningPhraseWords || symbol_of(content.begin) != 'i')
      return false;
    for (uint32_t t = content.begin; t < content.end; ++t)
      if (doc_.tokens[t].kind != TokenKind::Word) return false;
    return true;
  }
  static constexpr uint32_t kOpeningPhraseWords = 7;

  // A cue right after "who" or "that" whose object runs into the finite cue of the sentence: the cue
  // is a relative clause's verb, and the sentence's own cue reports for the phrase before "who"
  // ("Critics who oppose the bill say it goes too far", "lawmakers who wrote the law have argued").
  // The token where the sentence's verb begins, or 0.
  uint32_t relative_clause_end(TokenRange cue, TokenRange content) const {
    if (cue.begin == 0 || content.begin != cue.end || !is_relative_pronoun(cue.begin - 1)) return 0;
    uint32_t last = std::min<uint32_t>(static_cast<uint32_t>(doc_.tokens.size()), content.begin + kRelativeObjectWords);
    for (uint32_t t = content.begin; t < last; ++t) {
      char s = symbol_of(t);
      if (doc_.tokens[t].kind != TokenKind::Word || s == 'T' || s == 'P' || s == 'o' || s == 'c') return 0;
      if (t > content.begin && is_cue_symbol(s)) {  // "the bill | say", "the law have | argued"; not "in | question"
        char before = symbol_of(t - 1);
        return before == 'a' ? t - 1 : before == 0 ? t : 0;
      }
      if (s == 'a' && t == content.begin) return 0;
    }
    return 0;
  }
  static constexpr uint32_t kRelativeObjectWords = 6;

  bool is_relative_pronoun(uint32_t t) const {
    char buffer[8];
    std::string_view w = ascii_lower_into(doc_.token_text(t), buffer);
    return w == "which" || w == "who" || w == "whom" || w == "whose" || w == "that";
  }

  // The mention that opens at token t, perhaps after an honorific ("Mr. Khan", "Ms Kim") or a
  // determiner ("The senator"), or with its title ("Sen. Ann Lee").
  const Mention* mention_opening_at(uint32_t t, uint32_t end) const {
    for (uint32_t k = t; k < end && k < t + kHonorificTokens; ++k) {
      if (mention_at_[k] < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[k])];
      bool honorific =
          honorifics_.contains(doc_.token_text(t)) && (k == t + 1 || (k == t + 2 && doc_.token_text(t + 1) == "."));
      bool determiner = k == t + 1 && symbol_of(t) == 'D';  // "The senator"
      return k == t || honorific || determiner || m.extent.begin <= doc_.tokens[t].begin ? &m : nullptr;
    }
    return nullptr;
  }

  static constexpr uint32_t kHonorificTokens = 3;  // "Mr", ".", "Hannity"

  // A whole sentence inside the marks: it opens a sentence in capitals and ends with its own stop.
  bool is_quoted_sentence(const Quotation& quotation) const {
    if (quotation.close_token <= quotation.open_token + 1) return false;  // unclosed, or empty
    uint32_t first = quotation.open_token + 1, last = quotation.close_token - 1;
    if (!doc_.tokens[first].has(kCapitalized)) return false;
    bool opens = doc_.tokens[quotation.open_token].has(kSentenceStart) || doc_.tokens[first].has(kSentenceStart);
    std::string_view stop = doc_.token_text(last);
    return opens && (stop == "." || stop == "!" || stop == "?");
  }

  bool ends_its_sentence(const Quotation& quotation, const Sentence& sentence) const {
    for (uint32_t t = quotation.close_token + 1; t < sentence.end_token; ++t)
      if (doc_.tokens[t].kind != TokenKind::Punct) return false;
    return true;
  }

  size_t paragraph_of(uint32_t byte) const {
    auto it = std::upper_bound(doc_.paragraphs.begin(), doc_.paragraphs.end(), byte,
                               [](uint32_t b, const Paragraph& p) { return b < p.span.begin; });
    return static_cast<size_t>(it - doc_.paragraphs.begin());
  }

  bool opens_paragraph(uint32_t token) const { return doc_.tokens[token].has(kParagraphStart); }

  // The date of a speech event: a DATE or TIME in the cue's sentence, outside what was said,
  // nearest the cue ("said at his daily press briefing on Tuesday", "On Tuesday, Putin confirmed").
  void link_dates() {
    if (doc_.dates.empty()) return;
    std::vector<bool> in_quote = dates_in_quotes();
    for (auto& q : doc_.quotes) {
      if (!q.cue) continue;
      const Sentence* s = sentence_at(q.cue->begin);
      if (!s) continue;
      // Only dates near the cue can share its clause (same_clause): a sentence of 20,000 dates and
      // quotes stays linear.
      ByteSpan near = near_cue(*q.cue);
      auto first = std::lower_bound(doc_.dates.begin(), doc_.dates.end(), std::max(s->span.begin, near.begin),
                                    [](const DateExpr& d, uint32_t b) { return d.span.begin < b; });
      uint32_t best_distance = UINT32_MAX;
      for (auto d = first; d != doc_.dates.end() && d->span.end <= s->span.end && d->span.begin <= near.end; ++d) {
        if (d->type != DateType::Date && d->type != DateType::Time) continue;
        bool quoted = in_quote[static_cast<size_t>(d - doc_.dates.begin())];
        if (quoted || !same_clause(d->span, *q.cue) || qualifies_noun(d->span)) continue;
        bool past_content = q.content.begin >= q.cue->end && d->span.begin >= q.content.end;
        if (past_content) continue;  // "said the plan would fail, before next year's vote"
        uint32_t distance = d->span.begin > q.cue->end ? d->span.begin - q.cue->end
                                                       : q.cue->begin - std::min(q.cue->begin, d->span.end);
        if (distance < best_distance) {
          best_distance = distance;
          q.date = static_cast<int32_t>(d - doc_.dates.begin());
        }
      }
    }
  }

  // Per date: it lies in what some quote says, and so dates none ("warned that cases had risen last
  // year, urging countries to act"); a date between the two parts of a broken quotation does not ("We
  // won," Lee said on Tuesday, "and ..."). One sweep over the quotes' segments in text order.
  std::vector<bool> dates_in_quotes() const {
    std::vector<ByteSpan> segments;
    for (const Quote& q : doc_.quotes) segments.insert(segments.end(), q.segments.begin(), q.segments.end());
    std::sort(segments.begin(), segments.end(), [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    std::vector<bool> inside(doc_.dates.size(), false);
    size_t next = 0;
    uint32_t furthest_end = 0;
    for (size_t d = 0; d < doc_.dates.size(); ++d) {
      ByteSpan date = doc_.dates[d].span;
      for (; next < segments.size() && segments[next].begin < date.end; ++next)
        furthest_end = std::max(furthest_end, segments[next].end);
      inside[d] = furthest_end > date.begin;
    }
    return inside;
  }

  // "ahead of Sunday's match": a date in the possessive names an event, not when anything was said.
  bool qualifies_noun(ByteSpan date) const {
    std::string_view rest = std::string_view(doc_.text).substr(date.end);
    return is_possessive_ending(rest.substr(0, 2)) || is_possessive_ending(rest.substr(0, 4));
  }

  // Nothing between a date and a cue opens another clause ("A hearing is set for Nov. 2, and the
  // panel said ..."; "blocked the map on Wednesday that critics say ..."; no comma after the cue),
  // and they are near.
  bool same_clause(ByteSpan date, ByteSpan cue) const {
    uint32_t from = first_token_at(std::min(date.end, cue.end));
    uint32_t to = first_token_at(std::max(date.begin, cue.begin));
    if (to > from + kDateReach) return false;
    if (date.begin < cue.begin && in_relative_clause(first_token_at(date.begin))) return false;
    for (uint32_t t = from; t < to; ++t) {
      std::string_view w = doc_.token_text(t);
      const WordSymbol* word = lexicon_.words.find(w, true);
      char symbol = word ? word->symbol : 0;
      bool conjunction_after_comma = symbol == 'c' && t > from && doc_.token_text(t - 1) == ",";
      bool comma_after_cue = w == "," && date.begin > cue.begin;  // "said Lopez, who has lived there since 1990"
      if (w == ";" || w == ":" || symbol == 'T' || conjunction_after_comma || comma_after_cue) return false;
    }
    return true;
  }
  static constexpr uint32_t kDateReach = 24;  // tokens between a cue and its date

  // The bytes from kDateSpan tokens before the cue to as many after it: more than kDateReach and the
  // longest date.
  ByteSpan near_cue(ByteSpan cue) const {
    uint32_t begin = first_token_at(cue.begin), end = first_token_at(cue.end);
    auto last = static_cast<uint32_t>(doc_.tokens.size() - 1);
    return {doc_.tokens[begin - std::min(begin, kDateSpan)].begin, doc_.tokens[std::min(last, end + kDateSpan)].end};
  }
  static constexpr uint32_t kDateSpan = 4 * kDateReach;

  // "Pruitt, who pleaded guilty in June, apologized": token t follows "who" or "which" within its
  // comma-bounded phrase.
  bool in_relative_clause(uint32_t t) const {
    for (uint32_t k = t; k-- > 0 && t - k <= kRelativeReach;) {
      std::string_view w = doc_.token_text(k);
      if (w == "," || doc_.tokens[k + 1].has(kSentenceStart)) return false;
      if (w == "who" || w == "which" || w == "whose") return true;
    }
    return false;
  }
  static constexpr uint32_t kRelativeReach = 8;

  const Sentence* sentence_at(uint32_t byte) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), byte,
                               [](uint32_t b, const Sentence& s) { return b < s.span.begin; });
    return it == doc_.sentences.begin() ? nullptr : &*std::prev(it);
  }

  // "Meloni and Rutte said they hoped ...": "they" opening what a joint source said is that source.
  // Quotes are sorted by content start.
  void share_joint_sources() {
    auto by_start = [](const Quote& q, uint32_t b) { return q.content.begin < b; };
    for (Quote& inner : doc_.quotes) {
      if (!inner.speaker_mention || !is_plural_pronoun(pronoun_numbers_, doc_.slice(*inner.speaker_mention))) continue;
      auto outer = std::lower_bound(doc_.quotes.begin(), doc_.quotes.end(), inner.speaker_mention->begin, by_start);
      for (; outer != doc_.quotes.end() && outer->content.begin == inner.speaker_mention->begin; ++outer) {
        if (outer->co_speakers.empty() || &*outer == &inner) continue;
        inner.speaker = outer->speaker;
        inner.co_speakers = outer->co_speakers;
        break;
      }
    }
  }

  void fill_roles() {
    for (const auto& q : doc_.quotes) {
      if (q.speaker >= 0) doc_.entities[static_cast<size_t>(q.speaker)].roles |= kSpeaker;
      for (int32_t co : q.co_speakers) doc_.entities[static_cast<size_t>(co)].roles |= kSpeaker;
      if (q.addressee >= 0) doc_.entities[static_cast<size_t>(q.addressee)].roles |= kAddressee;
    }
    for (auto& e : doc_.entities)
      if (e.roles & (kSpeaker | kAddressee)) e.roles &= static_cast<uint8_t>(~kMentioned);
  }
};

}  // namespace

void attribute_quotes(Document& doc, const RuleSet& rules) { QuoteFinder(doc, rules).run(); }

}  // namespace whosaid
