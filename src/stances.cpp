#include "stances.h"

#include <algorithm>
#include <unordered_map>

#include "text_util.h"

namespace whosaid {
namespace {

struct Cue {
  const std::vector<std::string>* columns;  // LABEL, POLARITY, FORM, TARGET-INTRODUCERS
  uint32_t begin;
  uint32_t end;
  const std::string& label() const { return (*columns)[0]; }
  // A predicate follows a copula ("is open"); FORM "either" is one after a copula and a verb
  // otherwise ("is opposed to the plan", "has long opposed the plan").
  bool predicate(bool after_copula) const { return (*columns)[2] == "predicate" || (either() && after_copula); }
  bool either() const { return (*columns)[2] == "either"; }
};

struct Holder {
  int32_t entity = -1;
  std::optional<ByteSpan> mention;
  std::string name;
};

class StanceFinder {
 public:
  StanceFinder(Document& doc, const RuleSet& rules)
      : doc_(doc),
        cues_(rules.map("stance-cues")),
        reporting_(rules.map("cue-verbs")),
        copulas_(rules.list("copulas")),
        negators_(rules.list("negators")),
        hedges_(rules.list("hedges")),
        groups_(rules.list("groups")),
        prepositions_(rules.list("prepositions")),
        determiners_(rules.list("determiners")),
        quantifiers_(rules.list("quantifier-sources")),
        nominal_sources_(rules.list("nominal-sources")),
        org_words_(rules.list("org-words")),
        title_heads_(rules.list("title-heads")),
        pronoun_numbers_(rules.map("pronouns")) {}

  void run() {
    doc_.stances.clear();
    mention_at_.assign(doc_.tokens.size(), -1);
    for (size_t m = 0; m < doc_.mentions.size(); ++m)
      for (uint32_t t = doc_.mentions[m].first_token; t < doc_.mentions[m].end_token; ++t)
        mention_at_[t] = static_cast<int32_t>(m);
    quote_by_cue_.clear();
    for (size_t i = 0; i < doc_.quotes.size(); ++i)
      if (doc_.quotes[i].cue) quote_by_cue_.emplace(doc_.quotes[i].cue->begin, i);
    for (const Sentence& s : doc_.sentences) read_sentence(s);
  }

 private:
  Document& doc_;
  const WordMap& cues_;
  const WordMap& reporting_;  // cue-verbs: their forms end a target ("welcomed the decision and urged ...")
  const WordList& copulas_;
  const WordList& negators_;
  const WordList& hedges_;
  const WordList& groups_;
  const WordList& prepositions_;
  const WordList& determiners_;
  const WordList& quantifiers_;      // "many", "both": a subject, though a determiner too
  const WordList& nominal_sources_;  // with org_words_ and title_heads_: nouns for who holds a stance
  const WordList& org_words_;
  const WordList& title_heads_;
  const WordMap& pronoun_numbers_;  // "they": pl
  std::vector<int32_t> mention_at_;
  std::unordered_map<uint32_t, size_t> quote_by_cue_;  // cue start byte -> quote

  std::string_view text(uint32_t t) const { return doc_.token_text(t); }
  ByteSpan bytes(uint32_t begin, uint32_t end) const { return {doc_.tokens[begin].begin, doc_.tokens[end - 1].end}; }

  std::optional<Cue> cue_at(uint32_t t, uint32_t end) const {
    if (doc_.tokens[t].kind != TokenKind::Word) return std::nullopt;
    WordMap::Lookup word = cues_.lookup(text(t));
    if (t + 1 < end && word.starts_phrase) {
      char buffer[64];
      if (const auto* two = cues_.find(joined_into(text(t), text(t + 1), buffer)); two && two->size() >= 4)
        return Cue{two, t, t + 2};
    }
    if (word.columns && word.columns->size() >= 4) return Cue{word.columns, t, t + 1};
    return std::nullopt;
  }

  void read_sentence(const Sentence& s) {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      std::optional<Cue> cue = cue_at(t, s.end_token);
      if (!cue) continue;
      if (extends_previous(*cue) || inside_previous_target(*cue)) continue;
      add(*cue, s);
      t = cue->end - 1;
    }
  }

  // "remains committed to supporting Ukraine": a cue inside the target of the stance before it is
  // part of that target.
  bool inside_previous_target(const Cue& cue) const {
    if (doc_.stances.empty() || !doc_.stances.back().target) return false;
    const ByteSpan& target = *doc_.stances.back().target;
    return doc_.tokens[cue.begin].begin >= target.begin && doc_.tokens[cue.begin].end <= target.end;
  }

  // "open and amenable": a second predicate of the same label joined by "and" widens the first cue.
  bool extends_previous(const Cue& cue) {
    if (doc_.stances.empty() || cue.begin < 2 || text(cue.begin - 1) != "and") return false;
    Stance& last = doc_.stances.back();
    if (last.cue.end != doc_.tokens[cue.begin - 2].end || last.label != cue.label()) return false;
    last.cue.end = doc_.tokens[cue.end - 1].end;
    if (last.target && last.target->begin < last.cue.end) last.target.reset();
    return true;
  }

  void add(const Cue& cue, const Sentence& s) {
    uint32_t before = cue.begin;  // walk back over copulas, adverbs and negators
    bool copula = false, negated = false;
    while (before > s.first_token && (copulas_.contains(text(before - 1)) || is_adverb(before - 1, s))) {
      --before;
      copula = copula || copulas_.contains(text(before));
      negated = negated || negators_.contains(text(before));
    }
    if (before > s.first_token && negators_.contains(text(before - 1))) negated = true;
    std::vector<std::string> introducers = split((*cue.columns)[3], ',');
    bool required = !introducers.empty() && introducers[0].starts_with("!");
    if (required) introducers[0].erase(0, 1);
    uint32_t after = skip_joined_predicates(cue.end, s.end_token);
    bool introduced = after < s.end_token &&
                      std::find(introducers.begin(), introducers.end(), ascii_lower(text(after))) != introducers.end();
    bool predicate = cue.predicate(copula);
    if (predicate && !copula) return;  // "an open door", "prepared remarks"
    bool next_by = after < s.end_token && ascii_lower(text(after)) == "by";
    if (!predicate && (next_by || (introduced && cue.either()))) return;  // "backed by", "people opposed to"
    if (!predicate && is_passive(before, cue.begin)) return;              // "was lambasted"
    if (!predicate && takes_object(introducers) && is_reduced_passive(before, cue.begin, after, s))
      return;  // "Treasurer accused of fraud", "a mayor criticized for the delay"
    if (!predicate && before > s.first_token && determiners_.contains(text(before - 1)) &&
        !quantifiers_.contains(text(before - 1)))
      return;  // "the opposed parties", "his hopes"; not "many doubted her", "both condemned it"
    if (required && !introduced) return;
    Holder holder = holder_before(before, s);
    if (holder.name.empty() && !predicate) holder = speaker_of_cue(cue);
    if (holder.name.empty() && !predicate) holder = joint_source_of_pronoun(before, s, cue);
    if (holder.name.empty()) return;
    const Quote* joint = joint_quote_of_pronoun(holder, cue);  // "Meloni and Rutte said they hoped"
    if (joint) holder = speaker_of(*joint);

    Stance st;
    st.holder = holder.entity;
    st.holder_name = holder.name;
    st.holder_mention = holder.mention;
    st.label = cue.label();
    std::string polarity = (*cue.columns)[1];
    st.polarity = polarity == "positive"   ? Polarity::Positive
                  : polarity == "negative" ? Polarity::Negative
                                           : Polarity::Neutral;
    if (negated)
      st.polarity = st.polarity == Polarity::Positive   ? Polarity::Negative
                    : st.polarity == Polarity::Negative ? Polarity::Positive
                                                        : st.polarity;
    st.negated = negated;
    st.cue = bytes(copula ? first_copula(before, cue.begin) : cue.begin, cue.end);
    bool clause = introduced && folds_to(text(after), "that");  // "warned that the loss of parking will hurt"
    st.target = target_after(introduced ? after + 1 : after, s.end_token, predicate || clause);
    st.conditional = hedged(before, s);
    st.confidence = st.conditional ? 0.6f : 0.85f;
    st.quote = quote_containing(st.cue);
    st.rule = "stance." + st.label + (predicate ? ".predicate" : ".verb");
    if (std::optional<Holder> first = first_conjunct(holder, s)) {  // "Poland and Hungary refused"
      Stance also = st;
      also.holder = first->entity;
      also.holder_name = first->name;
      also.holder_mention = first->mention;
      doc_.stances.push_back(std::move(also));
    }
    for (size_t i = 0; joint && i < joint->co_speakers.size(); ++i) {  // each of the joint source
      Stance also = st;
      also.holder = joint->co_speakers[i];
      also.holder_name = doc_.entities[static_cast<size_t>(also.holder)].name;
      doc_.stances.push_back(std::move(also));
    }
    doc_.stances.push_back(std::move(st));
  }

  static bool takes_object(const std::vector<std::string>& introducers) {
    return introducers.size() == 1 && introducers[0] == "-";
  }

  // A participle of a verb that takes its target as an object, followed straight by "of" or "for",
  // is a passive without its auxiliary ("The man accused of ..."); not after "has", nor in a
  // relative clause whose object went before ("whom Erdogan accused of ...").
  bool is_reduced_passive(uint32_t before, uint32_t cue, uint32_t after, const Sentence& s) const {
    if (after >= s.end_token || !text(cue).ends_with("ed")) return false;
    std::string next = ascii_lower(text(after));
    if (next != "of" && next != "for" && next != "over") return false;
    for (uint32_t t = before; t-- > s.first_token && before - t <= kRelativeReach;) {
      std::string w = ascii_lower(text(t));
      if (w == "has" || w == "have" || w == "had" || w == "whom" || w == "who" || w == "which" || w == "that")
        return false;
    }
    return true;
  }
  static constexpr uint32_t kRelativeReach = 6;  // "which French President François Hollande blamed for"

  // A form of "be" before a verb cue that is no "-ing" form: "was lambasted", "has been criticized";
  // not "is backing", "has criticized".
  bool is_passive(uint32_t from, uint32_t cue) const {
    if (text(cue).ends_with("ing")) return false;
    for (uint32_t t = from; t < cue; ++t) {
      std::string w = ascii_lower(text(t));
      if (w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being") return true;
    }
    return false;
  }

  // The cue span starts at the last copula verb before it ("is open", "remain unyielding").
  uint32_t first_copula(uint32_t from, uint32_t cue) const {
    for (uint32_t t = from; t < cue; ++t) {
      std::string w = ascii_lower(text(t));
      if (w == "is" || w == "are" || w == "was" || w == "were" || w.starts_with("remain") || w.starts_with("stay") ||
          w == "be")
        return t;
    }
    return cue;
  }

  uint32_t skip_joined_predicates(uint32_t t, uint32_t end) const {
    while (t + 1 < end && text(t) == "and" && cue_at(t + 1, end)) t = cue_at(t + 1, end)->end;
    return skip_aside(t, end);
  }

  // "warned, however, that": one lower-case word between commas after the cue.
  uint32_t skip_aside(uint32_t t, uint32_t end) const {
    bool aside = t + 3 < end && text(t) == "," && text(t + 2) == "," && doc_.tokens[t + 1].kind == TokenKind::Word &&
                 !doc_.tokens[t + 1].has(kCapitalized);
    return aside ? t + 3 : t;
  }

  // A past or present form of a reporting or stance verb ("urged", "says"), from cue-verbs.tsv.
  bool is_finite_verb(uint32_t t) const {
    const auto* columns = reporting_.find(text(t));
    return columns && columns->size() > 1 && (*columns)[1] == "finite";
  }

  // "Critics who oppose the bill | say it goes too far", "Voters who supported Trump | said ...": the
  // sentence's own reporting verb ends the target of a stance in a relative clause.
  bool reports_here(uint32_t t) const {
    if (is_finite_verb(t)) return true;
    const auto* columns = reporting_.find(text(t));
    return columns && columns->size() > 1 && (*columns)[1] == "base" && t + 1 < doc_.tokens.size() &&
           opens_clause(t + 1);
  }

  bool opens_clause(uint32_t t) const { return folds_to(text(t), "that") || pronoun_numbers_.find(text(t)) != nullptr; }

  bool is_boundary(uint32_t t, bool predicate) const {
    const Token& tok = doc_.tokens[t];
    bool abbreviation_period = text(t) == "." && t + 1 < doc_.tokens.size() && !doc_.tokens[t + 1].has(kSentenceStart);
    if (tok.kind == TokenKind::Punct && text(t) != "-" && text(t) != "'" && !abbreviation_period) return true;
    if (tok.kind == TokenKind::Dash) return true;
    std::string w = ascii_lower(text(t));
    for (const char* stop : {"at", "where", "when", "because", "while", "although", "but", "if", "as", "which"})
      if (w == stop) return true;
    // "and that ...", "and is now waiting ...", "and urged ...": a new clause.
    if (w == "and" && t + 1 < doc_.tokens.size() &&
        (ascii_lower(text(t + 1)) == "that" || copulas_.contains(text(t + 1)) || is_finite_verb(t + 1)))
      return true;
    if (!predicate)
      for (const char* stop : {"of", "for", "over", "after", "in", "on", "that"})
        if (w == stop) return true;
    return false;
  }

  std::optional<ByteSpan> target_after(uint32_t t, uint32_t end, bool predicate) const {
    uint32_t stop = t;
    while (stop < end && stop < t + 20 && !is_boundary(stop, predicate) && !(stop > t && reports_here(stop))) ++stop;
    while (stop > t && doc_.tokens[stop - 1].kind == TokenKind::Quote &&
           doc_.tokens[stop - 1].quote_role != QuoteRole::Close)
      --stop;  // "ready to speak with Lavrov "if ...": the quotation opens after the target
    if (stop == t) return std::nullopt;
    return bytes(t, stop);
  }

  // "strongly", "publicly": a lower-case word in -ly after a word that is no determiner ("the family").
  bool is_adverb(uint32_t t, const Sentence& s) const {
    std::string_view w = text(t);
    if (w.size() < 5 || !w.ends_with("ly") || doc_.tokens[t].has(kCapitalized) || t <= s.first_token) return false;
    return !determiners_.contains(text(t - 1)) && !is_possessive_ending(text(t - 1));
  }

  Holder holder_before(uint32_t t, const Sentence& s) const {
    Holder h;
    if (t <= s.first_token) return h;
    uint32_t last = t - 1;
    // "Groups welcomed the signals but remained skeptical": a second predicate of the subject.
    if (last > s.first_token && (text(last) == "but" || text(last) == "and")) return sentence_subject(s, last);
    // "Ann Lee, the governor, has criticized": the apposition before the comma, or the person it
    // describes ("Twila Moon, a glaciologist at the National Snow and Ice Data Center, cautioned").
    if (text(last) == "," && last > s.first_token && mention_at_[last - 1] >= 0) {
      --last;
      if (const Mention* person = person_before_apposition(last, s)) last = person->end_token - 1;
    }
    if (mention_at_[last] >= 0)
      return holder_of(head_of_phrase(doc_.mentions[static_cast<size_t>(mention_at_[last])], s));
    for (uint32_t n = 3; n >= 1; --n) {
      if (last + 1 < s.first_token + n) continue;
      uint32_t first = last + 1 - n;
      std::string phrase(doc_.slice(bytes(first, last + 1)));
      if (groups_.contains(phrase)) {
        h.mention = bytes(first, last + 1);
        h.name = phrase;
        return h;
      }
    }
    // A noun phrase without a name: "The company is willing ..." (from its determiner); not "the
    // door remained open".
    if (!names_holder(text(last))) return h;
    for (uint32_t first = last + 1; first-- > s.first_token && first + 4 > last;) {
      if (doc_.tokens[first].kind != TokenKind::Word) break;
      if (determiners_.contains(text(first))) {
        h.mention = bytes(first, last + 1);
        h.name = std::string(doc_.slice(*h.mention));
        return h;
      }
    }
    return h;
  }

  bool names_holder(std::string_view noun) const {
    std::string singular(noun);
    if (singular.size() > 3 && singular.ends_with('s')) singular.pop_back();
    return nominal_sources_.contains(noun) || org_words_.contains(noun) || org_words_.contains(singular) ||
           title_heads_.contains(singular);
  }

  // The person named before the comma that opens the apposition ending at token `end`, or null.
  const Mention* person_before_apposition(uint32_t end, const Sentence& s) const {
    for (uint32_t t = end; t > s.first_token && end - t < kAppositionWords; --t) {
      if (text(t) != ",") continue;
      int32_t m = mention_at_[t - 1];
      if (m < 0) return nullptr;
      const Mention& named = doc_.mentions[static_cast<size_t>(m)];
      bool person = doc_.entities[static_cast<size_t>(named.entity)].type == EntityType::Person;
      return person && named.kind == MentionKind::Name && named.end_token == t ? &named : nullptr;
    }
    return nullptr;
  }
  static constexpr uint32_t kAppositionWords = 12;

  // "Poland and Hungary": the holder before "and", of the same kind as the holder found after it.
  std::optional<Holder> first_conjunct(const Holder& holder, const Sentence& s) const {
    if (holder.entity < 0 || !holder.mention) return std::nullopt;
    auto t = static_cast<uint32_t>(std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), holder.mention->begin,
                                                    [](const Token& k, uint32_t b) { return k.begin < b; }) -
                                   doc_.tokens.begin());
    if (t < s.first_token + 2 || text(t - 1) != "and" || mention_at_[t - 2] < 0) return std::nullopt;
    const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t - 2])];
    const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
    if (m.entity == holder.entity || e.type != doc_.entities[static_cast<size_t>(holder.entity)].type)
      return std::nullopt;
    return holder_of(m);
  }

  // The mention that opens the sentence, before `end`, or none. Of a possessor and a mention after it
  // ("China's commerce ministry"), the later one.
  Holder sentence_subject(const Sentence& s, uint32_t end) const {
    uint32_t first = after_opening_phrase(s, end);
    if (first + 1 < end && determiners_.contains(text(first)) && mention_at_[first] < 0) ++first;
    const Mention* possessor = nullptr;
    uint32_t last = first + kSubjectWords;
    for (uint32_t t = first; t < end && t < last; ++t) {
      if (mention_at_[t] < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[t])];
      if (&m == possessor) continue;
      if (possessor || m.end_token >= end || !is_possessive_ending(text(m.end_token))) return subject_holder(m, s);
      possessor = &m;
      last = m.end_token + 1 + kSubjectWords;
    }
    return possessor ? subject_holder(*possessor, s) : Holder{};
  }

  Holder subject_holder(const Mention& mention, const Sentence& s) const {
    return holder_of(head_of_phrase(titled_name_over(mention), s));
  }

  Holder holder_of(const Mention& m) const {
    return Holder{m.entity, m.kind == MentionKind::Pronoun ? m.span : m.extent,
                  doc_.entities[static_cast<size_t>(m.entity)].name};
  }
  static constexpr uint32_t kSubjectWords = 3;  // words before the subject's head: "Environmental groups"

  // "In a statement, the airline said ... and apologized": the token after the comma that closes a
  // phrase opening the sentence with a preposition; else the sentence's first token.
  uint32_t after_opening_phrase(const Sentence& s, uint32_t end) const {
    constexpr uint32_t kOpeningWords = 8;
    if (!prepositions_.contains(text(s.first_token))) return s.first_token;
    for (uint32_t t = s.first_token + 1; t < end && t <= s.first_token + kOpeningWords; ++t)
      if (text(t) == ",") return t + 1;
    return s.first_token;
  }

  // "Treasury chief Jeremy Hunt": the name whose title holds mention m, else m.
  const Mention& titled_name_over(const Mention& m) const {
    for (uint32_t t = m.end_token; t < doc_.tokens.size() && t < m.end_token + kTitleWords; ++t) {
      if (mention_at_[t] < 0) continue;
      const Mention& named = doc_.mentions[static_cast<size_t>(mention_at_[t])];
      bool holds = named.kind == MentionKind::Name && named.extent.begin <= m.span.begin && named.first_token == t;
      return holds ? named : m;
    }
    return m;
  }
  static constexpr uint32_t kTitleWords = 4;  // between a title's organisation and the name: "chief economist"

  // "Analysts in Moscow were sceptical": the mention a prepositional phrase qualifies holds the
  // stance, not what the phrase names.
  const Mention& head_of_phrase(const Mention& m, const Sentence& s) const {
    const Mention* head = &m;
    for (int steps = 0; steps < 3 && head->first_token >= s.first_token + 2; ++steps) {
      uint32_t preposition = head->first_token - 1;
      if (!prepositions_.contains(text(preposition)) || mention_at_[preposition - 1] < 0) break;
      head = &doc_.mentions[static_cast<size_t>(mention_at_[preposition - 1])];
    }
    return *head;
  }

  // The quote of a joint source whose cue this is, or in whose content the pronoun holder stands for
  // that source ("The US and the UK said that they strongly condemned"), when the holder found is
  // only a pronoun for it.
  const Quote* joint_quote_of_pronoun(const Holder& holder, const Cue& cue) const {
    if (!holder.mention || !is_plural_pronoun(pronoun_numbers_, doc_.slice(*holder.mention))) return nullptr;
    const Quote* q = nullptr;
    if (auto it = quote_by_cue_.find(doc_.tokens[cue.begin].begin); it != quote_by_cue_.end()) {
      q = &doc_.quotes[it->second];
    } else if (int32_t around = quote_containing(bytes(cue.begin, cue.end)); around >= 0) {
      q = &doc_.quotes[static_cast<size_t>(around)];
      if (q->speaker < 0 || q->speaker != holder.entity) return nullptr;  // another's "they"
    }
    return q && !q->co_speakers.empty() ? q : nullptr;
  }

  // "The US and the UK said that they strongly condemned": a plural pronoun right before the cue,
  // inside what a joint source said, is that source.
  Holder joint_source_of_pronoun(uint32_t before, const Sentence& s, const Cue& cue) const {
    if (before <= s.first_token || !is_plural_pronoun(pronoun_numbers_, text(before - 1))) return {};
    int32_t around = quote_containing(bytes(cue.begin, cue.end));
    if (around < 0 || doc_.quotes[static_cast<size_t>(around)].co_speakers.empty()) return {};
    Holder h = speaker_of(doc_.quotes[static_cast<size_t>(around)]);
    h.mention = bytes(before - 1, before);
    return h;
  }

  // A reporting verb that carries a stance ("accusing the US of ...") is held by its quote's speaker.
  Holder speaker_of_cue(const Cue& cue) const {
    auto it = quote_by_cue_.find(doc_.tokens[cue.begin].begin);
    return it == quote_by_cue_.end() ? Holder{} : speaker_of(doc_.quotes[it->second]);
  }

  Holder speaker_of(const Quote& q) const {
    Holder h;
    if (q.speaker < 0 && !q.speaker_mention) return h;
    h.entity = q.speaker;
    h.mention = q.speaker_mention;
    h.name = q.speaker >= 0 ? doc_.entities[static_cast<size_t>(q.speaker)].name
                            : std::string(doc_.slice(*q.speaker_mention));
    return h;
  }

  bool hedged(uint32_t from, const Sentence& s) const {
    uint32_t begin = from > s.first_token + 3 ? from - 3 : s.first_token;
    uint32_t end = std::min(s.end_token, from + 12);
    for (uint32_t t = begin; t < end; ++t)
      if (hedges_.contains(text(t))) return true;
    return false;
  }

  // The innermost quote whose content holds the cue. Quotes come sorted by start; contents nest, so
  // only the quotes starting at or before the cue, back to the first that ends before it, can.
  int32_t quote_containing(ByteSpan cue) const {
    auto it = std::upper_bound(doc_.quotes.begin(), doc_.quotes.end(), cue.begin,
                               [](uint32_t b, const Quote& q) { return b < q.content.begin; });
    for (int steps = 0; it != doc_.quotes.begin() && steps < 16; ++steps) {
      --it;
      if (it->content.begin <= cue.begin && cue.end <= it->content.end)
        return static_cast<int32_t>(it - doc_.quotes.begin());
    }
    return -1;
  }
};

}  // namespace

void find_stances(Document& doc, const RuleSet& rules) { StanceFinder(doc, rules).run(); }

}  // namespace whosaid
