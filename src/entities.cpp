#include "entities.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "dateline.h"
#include "text_util.h"

namespace whosaid {
namespace {

struct Run {
  uint32_t begin;  // token indexes, half-open
  uint32_t end;
  uint32_t sentence;
};

struct TokenRange {
  uint32_t begin = 0;  // token indexes, half-open
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Lexicon {
  const WordList& titles;
  const WordList& org_words;
  const WordList& not_names;
  const WordList& object_pronouns;
  const WordList& subordinators;  // "Having": opens a clause, so the next word's verb is not its own
  const WordList& honorifics;
  const WordList& particles;
  const WordMap& organisations;
  const WordMap& places;
  const WordMap& demonyms;
  const WordMap& pronouns;
  const WordMap& honorific_gender;
  const WordMap& first_name_gender;
  const WordMap& noun_gender;
  const WordMap& party_labels;
  const WordMap& cues;
  const WordList& nominal_sources;
  const WordList& determiners;
  const WordList& title_heads;
  const WordList& name_suffixes;
  const WordList& groups;
  const WordList& quantifiers;
  const WordList& auxiliaries;
  const WordList& negators;
  const WordList& prepositions;
  const WordList& abbreviations;
  const WordList& document_sources;
  const WordList& place_words;
  const WordList& place_openers;
  const WordList& legal_forms;
  const WordList& work_words;
  const WordMap& weekdays;
  const WordMap& months;
  const WordList& time_words;
  const WordMap& role_nouns;
  const WordList& organisation_titles;
  const WordList& company_titles;
  const WordList& adjective_titles;
  const WordList& first_name_honorifics;
  const WordList& role_verbs;
  const WordList& collective_nouns;
  const WordList& possessor_names;
  const WordList& organisation_kinds;
  const WordList& naming_verbs;
  const WordList& country_nouns;
  const WordList& title_surnames;
  const WordMap& org_nouns;
  const WordMap& numbered_names;

  explicit Lexicon(const RuleSet& r)
      : titles(r.list("titles")),
        org_words(r.list("org-words")),
        not_names(r.list("not-names")),
        object_pronouns(r.list("object-pronouns")),
        subordinators(r.list("subordinators")),
        honorifics(r.list("honorifics")),
        particles(r.list("name-particles")),
        organisations(r.map("organisations")),
        places(r.map("places")),
        demonyms(r.map("demonyms")),
        pronouns(r.map("pronouns")),
        honorific_gender(r.map("honorific-gender")),
        first_name_gender(r.map("first-name-gender")),
        noun_gender(r.map("noun-gender")),
        party_labels(r.map("party-labels")),
        cues(r.map("cue-verbs")),
        nominal_sources(r.list("nominal-sources")),
        determiners(r.list("determiners")),
        title_heads(r.list("title-heads")),
        name_suffixes(r.list("name-suffixes")),
        groups(r.list("groups")),
        quantifiers(r.list("quantifier-sources")),
        auxiliaries(r.list("quote-auxiliaries")),
        negators(r.list("negators")),
        prepositions(r.list("prepositions")),
        abbreviations(r.list("abbreviations")),
        document_sources(r.list("document-sources")),
        place_words(r.list("place-words")),
        place_openers(r.list("place-openers")),
        legal_forms(r.list("legal-forms")),
        work_words(r.list("work-words")),
        weekdays(r.map("weekdays")),
        months(r.map("months")),
        time_words(r.list("time-words")),
        role_nouns(r.map("role-nouns")),
        organisation_titles(r.list("organisation-titles")),
        company_titles(r.list("company-titles")),
        adjective_titles(r.list("adjective-titles")),
        first_name_honorifics(r.list("first-name-honorifics")),
        role_verbs(r.list("role-verbs")),
        collective_nouns(r.list("collective-nouns")),
        possessor_names(r.list("possessor-names")),
        organisation_kinds(r.list("organisation-kinds")),
        naming_verbs(r.list("naming-verbs")),
        country_nouns(r.list("country-nouns")),
        title_surnames(r.list("title-surnames")),
        org_nouns(r.map("org-nouns")),
        numbered_names(r.map("numbered-names")) {}
};

// The lists the coreference passes test on every token, folded into one table: one lookup a token.
enum WordFlag : uint16_t {
  kPronounWord = 1,
  kGroupStart = 2,
  kNominalSource = 4,
  kQuantifier = 8,
  kTitleHead = 16,
  kCueWord = 32,  // any form of a reporting verb
  kDeterminer = 64,
  kPreposition = 128,
  kAuxiliary = 256,
  kNegator = 512,
  kCopula = 1024,  // "is", "were", "remains": a verb, never the noun of a source
  kCounterpart = 2048,
  kCountOverOne = 4096,  // "two", "twelve": a number word for more than one
};

struct TokenLexicon {
  WordIndex<uint16_t> flags;

  explicit TokenLexicon(const RuleSet& r) {
    for (const auto& [word, columns] : r.map("cue-verbs").entries()) flags.emplace(word, 0) |= kCueWord;
    for (const auto& word : r.list("determiners").entries()) flags.emplace(word, 0) |= kDeterminer;
    for (const auto& word : r.list("prepositions").entries()) flags.emplace(word, 0) |= kPreposition;
    for (const auto& word : r.list("quote-auxiliaries").entries()) flags.emplace(word, 0) |= kAuxiliary;
    for (const auto& word : r.list("negators").entries()) flags.emplace(word, 0) |= kNegator;
    for (const auto& word : r.list("copulas").entries()) flags.emplace(word, 0) |= kCopula;
    for (const auto& [word, columns] : r.map("pronouns").entries()) flags.emplace(word, 0) |= kPronounWord;
    for (const auto& entry : r.list("groups").entries())
      if (size_t space = entry.find(' '); space != std::string::npos)
        flags.emplace(entry.substr(0, space), 0) |= kGroupStart;
    for (const auto& word : r.list("nominal-sources").entries()) flags.emplace(word, 0) |= kNominalSource;
    for (const auto& word : r.list("quantifier-sources").entries()) flags.emplace(word, 0) |= kQuantifier;
    for (const auto& [word, value] : r.map("numbers").entries())
      if (!value.empty() && value[0] != "1" && value[0].find_first_not_of("0123456789") == std::string::npos)
        flags.emplace(word, 0) |= kCountOverOne;
    for (const auto& word : r.list("counterparts").entries()) flags.emplace(word, 0) |= kCounterpart;
    for (const auto& word : r.list("title-heads").entries()) {
      flags.emplace(word, 0) |= kTitleHead;
      flags.emplace(word + "s", 0) |= kTitleHead;  // "presidents": a plural, never one person
    }
  }

  uint16_t of(std::string_view word) const {
    const uint16_t* found = flags.find(word, true);
    return found ? *found : 0;
  }
};

class EntityFinder {
 public:
  EntityFinder(Document& doc, const RuleSet& rules) : doc_(doc), lex_(rules), words_(rules.derived<TokenLexicon>()) {}

  void run() {
    doc_.entities.clear();
    doc_.mentions.clear();
    flags_.resize(doc_.tokens.size());
    name_starts_at_.assign(doc_.tokens.size(), 0);
    name_entity_at_.assign(doc_.tokens.size(), -1);
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      flags_[t] = doc_.tokens[t].kind == TokenKind::Word ? words_.of(text(t)) : 0;
      if (is(t, kPronounWord) && token(t).has(kAllCaps) && is_known_phrase(t, t + 1))
        flags_[t] &= static_cast<uint16_t>(~kPronounWord);  // "WHO", "US": a name in capitals, no pronoun
    }
    runs_ = capitalised_runs();
    for (const Run& r : runs_)
      if (!reads_as_headline(r)) read_run(r, /*new_entities=*/true);
    for (const Run& r : runs_)
      if (reads_as_headline(r)) read_run(r, /*new_entities=*/false);
    retype_organisations_in_apposition();
    retype_company_title_owners();
    retype_names_of_organisation_words();
    add_apposition_titles();
    link_pronouns();
    finish();
    resolve_country_possessors();
  }

 private:
  Document& doc_;
  Lexicon lex_;
  const TokenLexicon& words_;
  std::vector<uint16_t> flags_;  // WordFlags of each token
  std::vector<Run> runs_;        // the capitalised runs of the text, in order
  bool is(uint32_t t, uint16_t flags) const { return (flags_[t] & flags) != 0; }
  std::map<std::string, int32_t> by_name_;                  // canonical name -> entity
  std::unordered_set<std::string> organisation_end_words_;  // first and last words of organisations' names
  std::map<std::string, int32_t> by_surname_;               // last name word -> person entity
  std::optional<std::unordered_set<std::string_view>> capitalised_inside_;   // computed when first asked
  std::optional<std::unordered_set<std::string>> capitalised_run_names_;     // computed when first asked
  std::optional<std::unordered_set<std::string_view>> longer_name_openers_;  // computed when first asked
  // first word of a full name ("Wang" of "Wang Wenbin") -> person; of a company's ("Veltra" of "Veltra Motors")
  std::map<std::string, int32_t> by_first_word_;
  std::map<std::string, int32_t> by_inner_word_;             // words inside a name of three or more
  std::vector<std::pair<uint32_t, uint32_t>> surname_runs_;  // single-word runs to link afterwards
  mutable std::vector<int8_t> title_case_;                   // per sentence: -1 not yet known, else 0 or 1
  mutable std::vector<int8_t> title_line_;                   // per sentence: -1 not yet known, else 0 or 1
  mutable int8_t headline_ = -1;                             // the first paragraph: -1 not yet known
  int32_t author_ = -1;  // "the author" and "the reader", created at their first pronoun
  int32_t reader_ = -1;
  std::vector<Mention> pending_;
  size_t named_mentions_ = 0;                   // the sorted names before nominals are added
  std::vector<uint8_t> covered_;                // tokens inside a mention
  std::unordered_set<uint64_t> mention_spans_;  // first and end token of each mention in doc_.mentions
  std::vector<uint8_t> name_starts_at_;         // per token: a name mention starts there
  std::vector<int32_t> name_entity_at_;         // per token: the entity of the last name mention over it
  std::vector<ByteSpan> quoted_;  // quotation contents by start, each end the running maximum  // "the author", created
                                  // at the first I or we outside quotation marks

  std::string_view text(uint32_t t) const { return doc_.token_text(t); }
  const Token& token(uint32_t t) const { return doc_.tokens[t]; }

  std::string phrase(uint32_t begin, uint32_t end) const {
    if (begin >= end) return {};
    return std::string(doc_.slice({token(begin).begin, token(end - 1).end}));
  }

  bool is_name_word(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.kind != TokenKind::Word) return false;
    std::string_view w = text(t);
    if (!tok.has(kCapitalized)) return joins_particle_to_name(w);
    size_t dash = w.find('-');
    bool joined = dash != std::string_view::npos && dash + 1 < w.size() && is_ascii_upper(w[dash + 1]);
    if (!joined) return true;
    // "Biden-Putin talks" joins two names into an adjective; "Jean-Claude Juncker" is one name.
    bool next_capitalized = t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].kind == TokenKind::Word &&
                            doc_.tokens[t + 1].has(kCapitalized) && doc_.tokens[t + 1].has(kSpaceBefore);
    bool previous_capitalized = t > 0 && !tok.has(kSentenceStart) && doc_.tokens[t - 1].kind == TokenKind::Word &&
                                doc_.tokens[t - 1].has(kCapitalized);
    // "Lopez-Cantera said", "Lopez-Cantera, a Republican,": no noun follows for it to qualify.
    bool demonym =
        lex_.demonyms.find(w.substr(0, dash)) || lex_.demonyms.find(w.substr(dash + 1));  // "African-Americans"
    bool stands_alone = t + 1 < doc_.tokens.size() && !demonym &&
                        (is(t + 1, kCueWord | kAuxiliary | kCopula | kNegator) || speaks_after_apposition(t + 1));
    return next_capitalized || previous_capitalized || stands_alone;
  }

  // "al-Ansari", "el-Sisi": a particle of rules/en/lists/name-particles.list joined to a capitalised name.
  bool joins_particle_to_name(std::string_view w) const {
    size_t dash = w.substr(0, kParticleLetters + 1).find('-');
    return dash != std::string_view::npos && dash + 1 < w.size() && is_ascii_upper(w[dash + 1]) &&
           lex_.particles.contains(w.substr(0, dash));
  }

  static constexpr size_t kParticleLetters = 4;  // "bint"

  bool is_title_abbreviation(uint32_t t) const {
    return lex_.abbreviations.contains(text(t)) && lex_.titles.contains(text(t));
  }

  // The number of "Radio 4", "Apollo 11" (rules/en/maps/numbered-names.tsv).
  bool numbers_name(uint32_t t) const {
    return t > 0 && token(t).kind == TokenKind::Number && token(t).has(kSpaceBefore) &&
           lex_.numbered_names.find(text(t - 1)) && token(t - 1).has(kCapitalized);
  }

  // Token t can continue a run that has begun: a name word, a particle, "of" inside a title, an initial's period.
  // After the possessive ending at t of "St James" or "Children", capitalised words with an
  // organisation word: "Hospital" of "St James's Hospital", "College London" of "King's College London".
  bool names_institution_after(uint32_t t, uint32_t run_begin) const {
    bool possessor = lex_.possessor_names.contains(text(run_begin)) || lex_.possessor_names.contains(text(t - 1));
    return (possessor || names_possessor_after_the(t, run_begin)) && organisation_word_follows(t);
  }

  // "The Alzheimer's Association": one word after "the" that no list knows owns the organisation
  // word after it; not "the Senate's Judiciary Committee" nor "the EU's foreign ministers".
  bool names_possessor_after_the(uint32_t t, uint32_t run_begin) const {
    uint32_t owner = t - 1;
    if (owner == 0 || owner > run_begin + 1 || !folds_to(text(owner - 1), "the")) return false;
    std::string_view w = text(owner);
    return !lex_.org_words.contains(w) && !lex_.organisations.find(w) && !lex_.places.find(w) &&
           !lex_.demonyms.find(w) && !lex_.first_name_gender.find(w) && !token(owner).has(kAllCaps);
  }

  bool organisation_word_follows(uint32_t t) const {
    for (uint32_t k = t + 1;
         k < doc_.tokens.size() && k <= t + kInstitutionWords && is_name_word(k) && !token(k).has(kSentenceStart); ++k)
      if (lex_.org_words.contains(text(k))) return true;
    return false;
  }
  static constexpr uint32_t kInstitutionWords = 3;  // "St Mary's Catholic Primary School"

  bool continues_run(uint32_t t, uint32_t run_begin) const {
    if (is_name_word(t) || numbers_name(t)) return true;
    std::string_view w = text(t);
    bool attached = !token(t).has(kSpaceBefore);
    if (w == "." && attached && t > run_begin && token(t - 1).kind == TokenKind::Word &&
        (text(t - 1).size() <= 2 || is_title_abbreviation(t - 1)))
      return true;  // "J.", "Jr.", "Sen."
    bool next_is_name = t + 1 < doc_.tokens.size() && is_name_word(t + 1) && !token(t + 1).has(kSentenceStart);
    if (lex_.particles.contains(w)) {  // "von der Leyen": particles may follow each other
      uint32_t k = t + 1;
      while (k < doc_.tokens.size() && lex_.particles.contains(text(k))) ++k;
      return k < doc_.tokens.size() && is_name_word(k) && !token(k).has(kSentenceStart);
    }
    if (inside_known_organisation(t, run_begin)) return true;
    if (is_possessive_ending(w)) return names_institution_after(t, run_begin);        // "St James's Hospital"
    if (attached && (w == "'" || w == "\xE2\x80\x99") && text(t - 1).ends_with('s'))  // "Leeds Magistrates' Court"
      return organisation_word_follows(t) && !is_known_phrase(t + 1, t + 2);          // not "the Democrats' Senate"
    if (w == "of" && name_after_article(t) && after_organisation_joint(t, run_begin))
      return true;  // "the Institute for the Study of War"
    if (w == "of")  // "Secretary of State", "Bank of England"; not "Rep. Peter King | of New York"
      return next_is_name && (lex_.titles.contains(text(t - 1)) || lex_.org_words.contains(text(t - 1))) &&
             !is_title_surname(t - 1, run_begin);
    if (w == "for" || w == "on")  // "the Kiel Institute for the World Economy"
      return name_after_article(t) && continues_organisation_name(t, run_begin);
    if (w == "the" && t > run_begin + 1 && (text(t - 1) == "for" || text(t - 1) == "on" || text(t - 1) == "of"))
      return next_is_name &&
             (continues_organisation_name(t - 1, run_begin) || after_organisation_joint(t - 1, run_begin));
    if (w == "&") return next_is_name && !joins_people(t + 1);
    if (w == "and") return joins_organisation_name(t, run_begin);
    return false;
  }

  // A name word after token t, or after t and "the".
  bool name_after_article(uint32_t t) const {
    uint32_t after = t + 1 < doc_.tokens.size() && text(t + 1) == "the" ? t + 2 : t + 1;
    return after < doc_.tokens.size() && is_name_word(after) && !token(after).has(kSentenceStart);
  }

  // A "for" or "on" after an organisation word stands shortly before t in the run.
  bool after_organisation_joint(uint32_t t, uint32_t run_begin) const {
    for (uint32_t k = std::max(run_begin + 1, t - std::min(t, kJointReach)); k < t; ++k)
      if (is_organisation_joint(k)) return true;
    return false;
  }

  struct RunKind {
    EntityType type;
    const char* rule;
  };

  // What a capitalised run names by its words alone, or nothing: "NHS England", "Los Angeles", "Bruno
  // Cautrès of | Sciences Po", "Procter & Gamble", "Main Street", "the Minnesota Vikings", "the Voting
  // Rights Act", "in San Jose, | California".
  std::optional<RunKind> kind_of_whole_run(uint32_t begin, uint32_t end, uint32_t sentence) const {
    if (auto type = numbered_name_type(begin, end)) return RunKind{*type, "entity.numbered-name"};
    if (names_organisation_of_place(begin, end) && !in_title_case(sentence))
      return RunKind{EntityType::Org, "entity.org-of-place"};
    if (names_organisation_of_field(begin, end)) return RunKind{EntityType::Org, "entity.org-words"};
    if (end - begin == 2 && lex_.place_openers.contains(text(begin)))
      return RunKind{EntityType::Gpe, "entity.place-opener"};
    if (names_workplace_after_of(begin, end)) return RunKind{EntityType::Org, "entity.affiliation-of"};
    if (joins_with_ampersand(begin, end)) return RunKind{EntityType::Org, "entity.ampersand"};
    if (end - begin >= 2 && lex_.place_words.contains(text(end - 1)))
      return RunKind{EntityType::Gpe, "entity.place-words"};
    if (names_team_of_place(begin, end)) return RunKind{EntityType::Org, "entity.team-of-place"};
    if (end - begin >= 2 && lex_.work_words.contains(text(end - 1)))
      return RunKind{EntityType::Other, "entity.work-words"};
    if (after_place_preposition(begin) && before_known_region(end))
      return RunKind{EntityType::Gpe, "entity.place-in-region"};
    if (names_branch_of_organisation(begin, end)) return RunKind{EntityType::Org, "entity.organisation-branch"};
    return std::nullopt;
  }

  // "BBC Radio 4", "Channel 4 News", "Artemis III": a word of rules/en/maps/numbered-names.tsv and its
  // number or Roman numeral name what the map says.
  std::optional<EntityType> numbered_name_type(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin; t + 1 < end; ++t) {
      if (!numbers_name(t + 1) && !is_roman_numeral(text(t + 1))) continue;
      const auto* type = lex_.numbered_names.find(text(t));
      if (!type || type->empty()) continue;
      std::string_view name = (*type)[0];
      return name == "ORG" ? EntityType::Org : name == "GPE" ? EntityType::Gpe : EntityType::Other;
    }
    return std::nullopt;
  }

  static bool is_roman_numeral(std::string_view w) {
    return !w.empty() && w.size() <= 4 && w.find_first_not_of("IVX") == std::string_view::npos;
  }

  // A known organisation (rules/en/maps/organisations.tsv), then one or two capitalised words that are
  // no first name, title, nationality, party member or date: a branch or product of it ("BBC Cornwall",
  // "Microsoft Research", "Reuters Breakingviews"); not "Senate Republicans" nor "FBI Director".
  bool names_branch_of_organisation(uint32_t begin, uint32_t end) const {
    if (end - begin < 2) return false;
    auto first = lex_.organisations.lookup(text(begin));
    if (!first.columns && !first.starts_phrase) return false;
    uint32_t known_end = begin;
    for (uint32_t k = begin + 1; k < end && k <= begin + kKnownPrefixWords; ++k)
      if (lex_.organisations.find(phrase(begin, k))) known_end = k;
    if (known_end == begin || end - known_end > 2) return false;
    if (known_end == begin + 1 && text(begin).size() <= 4 && !token(begin).has(kAllCaps))
      return false;  // "Gao Junlan" names no branch of the GAO
    for (uint32_t t = known_end; t < end; ++t)
      if (!names_branch_word(t)) return false;
    return true;
  }
  static constexpr uint32_t kKnownPrefixWords = 3;  // "Fox News Channel"

  bool names_branch_word(uint32_t t) const {
    std::string_view w = text(t);
    if (token(t).kind != TokenKind::Word || is_title_word(t) || is(t, kTitleHead | kNominalSource) ||
        lex_.organisations.find(w))  // "House GOP"
      return false;
    std::string members = singular(ascii_lower(w));  // "Senate Republicans", "House Democrats"
    return !lex_.titles.contains(members) && !lex_.demonyms.find(members) && !lex_.first_name_gender.find(w) &&
           !lex_.honorifics.contains(w) && !lex_.not_names.contains(w) && !is_date_word(t);
  }

  // An organisation word, "of" and two words or more that hold no first name and no title's head: "the
  // Royal College of Emergency Medicine", "the Ministry of Foreign Affairs" (read as titles, they had
  // named nothing or a person "Affairs"). Not "Department of State Spokesman Ned Price".
  bool names_organisation_of_field(uint32_t begin, uint32_t end) const {
    uint32_t of = begin + 1;
    while (of < end && text(of) != "of") ++of;
    if (of + 3 > end || !lex_.org_words.contains(text(of - 1)) || lex_.titles.contains(text(of - 1))) return false;
    for (uint32_t t = of + 1; t < end; ++t)
      if (token(t).kind != TokenKind::Word || is(t, kTitleHead) || lex_.first_name_gender.find(text(t)) ||
          lex_.not_names.contains(text(t)))
        return false;
    return true;
  }

  // Two capitalised words or more right after "NAME of" that are no place, first name, honorific or
  // title: where the person works ("Bruno Cautrès of Sciences Po said").
  bool names_workplace_after_of(uint32_t begin, uint32_t end) const {
    return end - begin >= 2 && names_home_of_person(begin) && !lex_.first_name_gender.find(text(begin)) &&
           !lex_.honorifics.contains(text(begin)) && !has_title_word(begin, end) &&
           !lex_.places.find(phrase(begin, end)) && !lex_.place_words.contains(text(end - 1));
  }

  // "Rudy Giuliani & Sen. Jeff Sessions", "Jim & Sarah", "Ann & I": people after the "&".
  bool joins_people(uint32_t t) const {
    return is_title_word(t) || is(t, kPronounWord) || lex_.first_name_gender.find(text(t)) ||
           lex_.honorifics.contains(text(t));
  }

  // A known place (rules/en/maps/places.tsv), then one or two capitalised words, the last a plural that
  // is no first name, title or source noun: a team ("Minnesota Vikings", "New York Giants").
  bool names_team_of_place(uint32_t begin, uint32_t end) const {
    std::string_view last = text(end - 1);
    if (end - begin < 2 || last.size() < 4 || !last.ends_with('s') || last.ends_with("ss") ||
        token(end - 1).has(kAllCaps))
      return false;
    uint32_t place_end = begin + 1;
    for (uint32_t k = std::min(end - 1, begin + kPlaceWords); k > begin; --k)
      if (lex_.places.find(phrase(begin, k))) {
        place_end = k;
        break;
      }
    if (place_end == begin + 1 && !lex_.places.find(text(begin))) return false;
    if (lex_.first_name_gender.find(text(begin))) return false;  // "Georgia Williams", "Jordan Peters"
    if (end - place_end < 1 || end - place_end > 2) return false;
    for (uint32_t k = place_end; k < end; ++k)
      if (lex_.first_name_gender.find(text(k)) || is_title_word(k) || lex_.org_words.contains(text(k)) ||
          is(k, kNominalSource | kTitleHead))  // "Texas Democrats"
        return false;
    return true;
  }
  static constexpr uint32_t kPlaceWords = 3;  // "Salt Lake City"

  bool joins_with_ampersand(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin + 1; t + 1 < end; ++t)
      if (text(t) == "&") return true;
    return false;
  }

  // "the Institute for Fiscal Studies", "the Council on Foreign Relations", "the Democratic Republic of
  // Congo": a lower-case word inside a name from rules/en/maps/organisations.tsv or places.tsv continues
  // the run.
  bool inside_known_organisation(uint32_t t, uint32_t run_begin) const {
    std::string_view w = text(t);
    if (w != "for" && w != "on" && w != "of" && w != "and") return false;
    uint32_t first = run_begin + 1 < t && ascii_lower(text(run_begin)) == "the" ? run_begin + 1 : run_begin;
    bool organisation = lex_.organisations.starts_phrase(text(first));
    bool place = lex_.places.starts_phrase(text(first));
    if (!organisation && !place) return false;
    auto last = static_cast<uint32_t>(std::min<size_t>(doc_.tokens.size(), first + kKnownNameWords));
    for (uint32_t end = t + 2; end <= last; ++end) {
      std::string name = phrase(first, end);
      if ((organisation && lex_.organisations.find(name)) || (place && lex_.places.find(name))) return true;
    }
    return false;
  }
  static constexpr uint32_t kKnownNameWords = 7;  // "Centers for Disease Control and Prevention"

  // "the German Institute for Economic Research", "the Council on Foreign Relations": after "the", an
  // organisation word goes on through "for" or "on" to the capitalised words after it, unless they
  // are a date ("the Senate on Tuesday").
  bool continues_organisation_name(uint32_t joint, uint32_t run_begin) const {
    return follows_the(run_begin) && lex_.org_words.contains(text(joint - 1)) && !is_date_word(joint + 1);
  }

  // "for" or "on" right after an organisation word ("Institute | for", "Council | on").
  bool is_organisation_joint(uint32_t t) const {
    std::string_view w = text(t);
    return t > 0 && (w == "for" || w == "on") && lex_.org_words.contains(text(t - 1));
  }

  // "Center for American Progress": a joint inside the run, with words after it.
  bool joins_organisation_inside(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin + 1; t + 1 < end; ++t)
      if (is_organisation_joint(t)) return true;
    return false;
  }

  // "the Center for ...", "the nonprofit Center for ...": the run opens after "the" and at most one
  // lower-case word.
  bool follows_the(uint32_t run_begin) const {
    auto is_the = [&](uint32_t t) { return folds_to(text(t), "the"); };
    if (is_the(run_begin) || (run_begin > 0 && is_the(run_begin - 1))) return true;
    if (run_begin > 0 && is_possessive_ending(text(run_begin - 1))) return true;  // "the city's Department of ..."
    return run_begin > 1 && is_lower_case_word(run_begin - 1) && is_the(run_begin - 2);
  }

  // "the Food and Drug Administration", "the Department of Health and Human Services": after "the",
  // two or more capitalised words ending in an organisation word complete the name.
  bool joins_organisation_name(uint32_t conjunction, uint32_t run_begin) const {
    if (!follows_the(run_begin)) return false;
    uint32_t end = conjunction + 1;
    while (end < doc_.tokens.size() && end - conjunction <= kJoinedWords && is_name_word(end) &&
           !token(end).has(kSentenceStart))
      ++end;
    if (end - conjunction > 2 && lex_.org_words.contains(text(end - 1))) return true;
    // "the Center for Strategic and International Studies": after a joint, one or two words that
    // are no one's first name end the name. The joint is near (bounded: a run of "and"s stays linear).
    bool after_joint =
        joins_organisation_inside(std::max(run_begin, conjunction - std::min(conjunction, kJointReach)), conjunction);
    return after_joint && end - conjunction >= 2 && end - conjunction <= 3 &&
           !lex_.first_name_gender.find(text(conjunction + 1)) && !starts_person_name(conjunction + 1);
  }
  static constexpr uint32_t kJoinedWords = 4;
  static constexpr uint32_t kJointReach = 6;  // "Institute for Strategic | and"

  bool is_finite_cue_form(uint32_t t) const {
    if (!is(t, kCueWord)) return false;
    const auto* cue = lex_.cues.find(text(t));
    return cue && cue->size() > 1 && (*cue)[1] == "finite";
  }

  // "Trump Says He Will Win": in title case a reporting verb ends the name before it.
  bool is_finite_cue(uint32_t t) const { return is_finite_cue_form(t) && text(t).back() == 's'; }

  std::vector<Run> capitalised_runs() const {
    std::vector<Run> runs;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      uint32_t t = sentence.first_token;
      while (t < sentence.end_token) {
        if (!is_name_word(t)) {
          ++t;
          continue;
        }
        uint32_t begin = t++;
        while (t < sentence.end_token && continues_run(t, begin) && !is_finite_cue(t)) ++t;
        uint32_t end = t;
        while (end > begin + 1 && !is_name_word(end - 1) && text(end - 1) != "." && !numbers_name(end - 1)) --end;
        runs.push_back({begin, end, s});
      }
    }
    return runs;
  }

  // The first paragraph, when it has no sentence-final period and most words capitalised.
  bool in_headline(const Run& r) const {
    return first_paragraph_is_headline() && r.begin < doc_.paragraphs[0].end_token;
  }

  // In a line written like a headline every word is capitalised, so a long run is no one name: each
  // word, or two that make a name the text knows, may stand for someone named elsewhere ("Rand Paul
  // Scores Direct Hit On Donald Trump").
  void read_title_line_run(Run r) {
    for (uint32_t t = r.begin; t < r.end; ++t) {
      if (uint32_t known = known_phrase_at(t, r.end)) {  // "Says Foreign Ministry"
        t += known - 1;
        continue;
      }
      bool known_pair = t + 1 < r.end && by_name_.count(phrase(t, t + 2));
      surname_runs_.emplace_back(t, known_pair ? t + 2 : t + 1);
      if (known_pair) ++t;
    }
  }

  // The words of the longest organisation or place the rules know that opens at token t (two or
  // more words, before `end`), read as such; 0 when there is none.
  uint32_t known_phrase_at(uint32_t t, uint32_t end) {
    for (uint32_t n = std::min(kKnownPhraseWords, end - t); n >= 2; --n)
      if (whole_run_is_known(t, t + n, t, false)) return n;
    return 0;
  }
  static constexpr uint32_t kKnownPhraseWords = 5;

  // A headline, or a line written like one anywhere ("GOP Candidates Reject The Idea Of A Wage
  // Hike."): its capitals say nothing of names, so it names only who the text names elsewhere.
  bool reads_as_headline(const Run& r) const { return in_headline(r) || is_title_line(r.sentence); }

  // Five words of four letters or more, none in lower case, and a function word capitalised after
  // the first word ("Hit On", "Reject The"); a sentence of names has its verb in lower case.
  bool is_title_line(uint32_t s) const {
    if (title_line_.empty()) title_line_.assign(doc_.sentences.size(), -1);
    if (title_line_[s] < 0) {
      const Sentence& sentence = doc_.sentences[s];
      uint32_t long_words = 0, capitalised_function_words = 0;
      bool lower_case = false;
      for (uint32_t t = sentence.first_token; t < sentence.end_token && !lower_case; ++t) {
        if (token(t).kind != TokenKind::Word || is_possessive_ending(text(t))) continue;  // "Hillary’s"
        bool capitalised = token(t).has(kCapitalized);
        if (text(t).size() >= 4) ++long_words, lower_case = !capitalised;
        if (capitalised && t > sentence.first_token && is(t, kTitleLineFunctionWords)) ++capitalised_function_words;
      }
      title_line_[s] = !lower_case && long_words >= kTitleLineWords && capitalised_function_words > 0;
    }
    return title_line_[s] == 1;
  }
  static constexpr uint32_t kTitleLineWords = 5;
  static constexpr uint16_t kTitleLineFunctionWords =
      kDeterminer | kPreposition | kAuxiliary | kCopula | kNegator | kPronounWord;

  // Title case, or a short line in sentence case ("Chipmaker warns of slower sales"), with no
  // sentence-final period and a body after it. Read once a document.
  bool first_paragraph_is_headline() const {
    if (headline_ >= 0) return headline_ == 1;
    headline_ = 0;
    if (doc_.paragraphs.size() < 2 || doc_.paragraphs[0].end_token <= doc_.paragraphs[0].first_token) return false;
    const Paragraph& p = doc_.paragraphs[0];
    uint32_t words = 0, capitals = 0;
    for (uint32_t t = p.first_token; t < p.end_token && words <= kHeadlineWords; ++t) {
      if (token(t).kind != TokenKind::Word) continue;
      ++words;
      capitals += token(t).has(kCapitalized);
    }
    std::string_view last = text(p.end_token - 1);
    bool title_case = capitals * 2 > words;
    headline_ =
        words > 0 && words <= kHeadlineWords && last != "." && (title_case || words <= kSentenceCaseHeadlineWords);
    return headline_ == 1;
  }
  static constexpr uint32_t kHeadlineWords = 25;
  static constexpr uint32_t kSentenceCaseHeadlineWords = 15;

  bool is_known_phrase(uint32_t begin, uint32_t end) const {
    std::string whole = phrase(begin, end);
    return lex_.places.find(whole) || lex_.organisations.find(whole);
  }

  // Words that a pair of quotation marks holds alone ("Going Viral", "Going Viral,"): a work's title.
  bool fills_quotation(uint32_t begin, uint32_t end) const {
    if (begin == 0 || end >= doc_.tokens.size()) return false;
    const Token& open = token(begin - 1);
    uint32_t close = text(end) == "," && end + 1 < doc_.tokens.size() ? end + 1 : end;
    return open.kind == TokenKind::Quote && open.quote_role == QuoteRole::Open &&
           token(close).kind == TokenKind::Quote && token(close).quote_role == QuoteRole::Close;
  }

  // Two or more words in capitals: a headline or a label, not a name ("THE MEETING ENDED").
  bool shouting(uint32_t begin, uint32_t end) const {
    uint32_t caps = 0, words = 0;
    for (uint32_t t = begin; t < end; ++t) {
      if (token(t).kind != TokenKind::Word) continue;
      ++words;
      caps += token(t).has(kAllCaps);
    }
    return words >= 2 && caps == words;
  }

  bool is_suffix(uint32_t t) const { return lex_.name_suffixes.contains(text(t)); }

  bool is_title_word(uint32_t t) const {
    std::string_view w = text(t);
    return lex_.titles.contains(w) || lex_.org_words.contains(w) || lex_.demonyms.find(w) || lex_.places.find(w) ||
           is_member_of_body(t);
  }

  // "Council Member Shahana Hanif": "Member" after an organisation word and before two words of a
  // name is a title ("EU Member States" is no one's).
  bool is_member_of_body(uint32_t t) const {
    if (t == 0 || t + 2 >= doc_.tokens.size() || !folds_to(text(t), "member")) return false;
    return lex_.org_words.contains(text(t - 1)) && is_name_word(t + 1) && is_name_word(t + 2) &&
           !lex_.not_names.contains(text(t + 1));
  }

  void read_run(Run r, bool new_entities) {
    if (!new_entities && is_title_line(r.sentence) && r.end - r.begin > 2) return read_title_line_run(r);
    uint32_t begin = r.begin;
    // Not "Later", "Says" ("..., Says Foreign Ministry") nor "Several" ("Several GOP leaders") opening
    // a run; but "New York".
    auto opens_no_name = [&](uint32_t t) {
      if (t == r.begin && is_first_name_month(t, r)) return false;
      if (token(t).has(kAllCaps) && is_known_phrase(t, t + 1)) return false;  // "The WHO", not "Who"
      if (t + 2 < r.end && is_known_phrase(t, t + 2)) return false;           // "New York University"
      return lex_.not_names.contains(text(t)) || is_finite_cue(t) || is(t, kQuantifier) ||
             opens_participle_phrase(t, r);
    };
    if (!opens_no_name(begin) || !is_known_phrase(r.begin, r.end))
      while (begin < r.end && opens_no_name(begin)) ++begin;
    if (begin >= r.end) {
      if (r.end - r.begin == 1 && may_be_known_surname(r.begin)) surname_runs_.emplace_back(r.begin, r.end);
      return;
    }
    while (r.end - begin > 1 && is_weekday_before_verb(r.end - 1)) --r.end;  // "President Obama Tuesday said"
    if (shouting(begin, r.end) && !lex_.organisations.find(phrase(begin, r.end))) return;  // ALL-CAPS text
    if (fills_quotation(begin, r.end) && !is_known_phrase(r.begin, r.end)) return;  // "... of "Going Viral"": a title
    uint32_t extent_begin = begin;
    if (whole_run_is_known(begin, r.end, extent_begin, new_entities)) return;
    if (auto kind = kind_of_whole_run(begin, r.end, r.sentence)) {
      if (new_entities) add_known({phrase(begin, r.end)}, kind->type, begin, r.end, begin, true, kind->rule);
      return;
    }
    if (follows_workplace_at(begin)) {  // "analysts at Commerzbank", "researchers at Stanford"
      if (new_entities) add_known({}, EntityType::Org, begin, r.end, begin, true, "entity.workplace");
      return;
    }
    if (follows_organisation_kind(begin) &&
        !is_named_person_word(begin, r.end)) {  // "the research firm Creative Strategies"
      if (new_entities) add_known({}, EntityType::Org, begin, r.end, begin, true, "entity.organisation-kind");
      return;
    }
    if (gives_company_title(r.end) && owns_as_organisation(begin, r.end)) {
      if (new_entities)  // "Orbit's chief executive"
        add_known({}, EntityType::Org, begin, r.end, begin, true, "entity.company-title-owner");
      return;
    }
    if (r.end - begin == 1 && follows_according_to(begin) && names_source_alone(begin)) {
      if (new_entities)  // "according to FactSet"
        add_known({}, EntityType::Org, begin, r.end, begin, true, "entity.according-to");
      return;
    }
    if (r.end - begin == 1 && speaks_for(begin)) {  // "a spokesperson for Meta"
      if (new_entities) add_known({}, EntityType::Org, begin, r.end, begin, true, "entity.spokesperson-for");
      return;
    }
    if (joins_organisation_inside(begin, r.end)) return read_title_only(begin, r.end, new_entities);
    // "Manchester United manager Erik ten Hag", "Former Liverpool defender Jamie Carragher"
    if (uint32_t employer = employer_of_next_name(begin, r.end); employer < r.end) {
      if (new_entities) add_known({}, EntityType::Org, employer, r.end, employer, true, "entity.employer");
      return;
    }
    if (names_known_person_in_title(begin, r.end)) {  // "Former Trump adviser Steve Bannon": Trump, untitled
      surname_runs_.emplace_back(r.end - 1, r.end);
      return;
    }
    // The name is the longest tail of words that are not title words.
    uint32_t name_begin = r.end;
    while (name_begin > begin && (is_suffix(name_begin - 1) || text(name_begin - 1) == ".")) --name_begin;
    if (name_begin < r.end && name_begin > begin) --name_begin;  // "King Jr.": the word before a suffix is a name
    if (name_begin == r.end && is_demonym_surname(r.end - 1, begin, r)) --name_begin;
    if (name_begin == r.end && is_title_surname(r.end - 1, begin)) --name_begin;  // "Charlie King", "Peter T. King"
    while (name_begin > begin && !is_title_word(name_begin - 1) &&
           (!lex_.not_names.contains(text(name_begin - 1)) || lex_.particles.contains(text(name_begin - 1)) ||
            is_initial(name_begin - 1) || is_common_word_surname(name_begin - 1, begin, r) ||
            is_first_name_month(name_begin - 1, r)))
      --name_begin;
    if (name_begin < r.end && text(name_begin) == ".") ++name_begin;
    if (name_begin + 1 < r.end && lex_.honorifics.contains(text(name_begin))) {  // "Sir Keir Starmer"
      if (begin == name_begin) begin = name_begin + 1;  // an honorific, not a title: its extent is the name's
      ++name_begin;
    }
    if (completes_title_before_first_name(begin, name_begin, r.end)) {
      if (begin == name_begin) begin = title_before_joint(begin);  // "Envoy for | Climate John Kerry"
      ++name_begin;
    }
    bool of_complement = name_begin > begin && name_begin < r.end &&
                         (text(name_begin - 1) == "of" || is_organisation_joint(name_begin - 1));
    // "Democrat of New York": the name's first word cut off a known place ("New" is no name word)
    of_complement = of_complement || (name_begin > begin + 1 && name_begin < r.end && text(name_begin - 2) == "of" &&
                                      lex_.places.find(phrase(name_begin - 1, r.end)));
    if (r.end - begin == 1) surname_runs_.emplace_back(begin, r.end);  // "King" may be a known surname
    if (name_begin >= r.end || of_complement) return read_title_only(begin, r.end, new_entities);
    if (names_part_of_organisation(begin, name_begin, r.end)) {  // "JAMA Network Open", "Fox News Sunday"
      if (new_entities)
        add_known({phrase(begin, r.end)}, EntityType::Org, begin, r.end, begin, true, "entity.org-words");
      return;
    }
    begin = begin == name_begin ? lower_case_title_before(begin) : lower_case_modifiers_before(begin);
    read_person(begin, name_begin, r.end, new_entities);
  }

  // An acronym or an organisation word, then a country or region the rules know: a body of that
  // place ("BBC Scotland", "Police Scotland"), not a person titled by it; or two plain capitalised
  // words or more (no first name, title or party), then the place.
  bool names_organisation_of_place(uint32_t begin, uint32_t end) const {
    if (end - begin < 2 || !lex_.places.find(text(end - 1)) || lex_.places.find(text(end - 2))) return false;
    if (is_acronym(begin)) return true;
    for (uint32_t t = begin; t + 1 < end; ++t)
      if (lex_.org_words.contains(text(t))) return true;
    return end - begin >= 3 && only_plain_name_words(begin, end - 1);  // "Public Health England"
  }

  // Every word of [begin, end) is a capitalised word that no list gives a part: not a first name,
  // a title, a party or a word that never names ("Gen. George Washington", "Republican of Iowa").
  bool only_plain_name_words(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin; t < end; ++t) {
      std::string_view w = text(t);
      if (token(t).kind != TokenKind::Word || !token(t).has(kCapitalized) || is_title_word(t)) return false;
      if (lex_.first_name_gender.find(w) || lex_.not_names.contains(w) || lex_.honorifics.contains(w)) return false;
      if (lex_.party_labels.find(w) || is(t, kPreposition | kDeterminer)) return false;
    }
    return true;
  }

  bool is_acronym(uint32_t t) const {
    return token(t).has(kAllCaps) && text(t).size() >= 2 && !lex_.places.find(text(t));
  }

  // One word right after an organisation word, with no title between: a part or an edition of the
  // organisation, not a person.
  bool names_part_of_organisation(uint32_t begin, uint32_t name_begin, uint32_t end) const {
    if (end - name_begin != 1 || name_begin == begin) return false;
    std::string_view before = text(name_begin - 1);
    std::string members = singular(ascii_lower(text(name_begin)));  // "House Republicans" are people
    if (lex_.titles.contains(members) || lex_.demonyms.find(members)) return false;
    return lex_.org_words.contains(before) && !lex_.titles.contains(before);
  }

  // "Special Envoy for Climate John Kerry", "Minister of Culture Anna Smith": after "for" or "of" in a
  // title, a word before a first name the rules know belongs to the title.
  bool completes_title_before_first_name(uint32_t begin, uint32_t name_begin, uint32_t end) const {
    if (end - name_begin < 3 || name_begin == 0) return false;
    if (name_begin == begin && (token(begin).has(kSentenceStart) || title_before_joint(begin) == begin)) return false;
    if (!title_joint_before(name_begin)) return false;
    return !lex_.first_name_gender.find(text(name_begin)) && lex_.first_name_gender.find(text(name_begin + 1));
  }

  // The "for", "of" or "to" (perhaps with "the") that ends just before token t, or none: "Envoy for |
  // Climate", "Ambassador to the | UN".
  std::optional<uint32_t> title_joint_before(uint32_t t) const {
    if (t >= 2 && ascii_lower(text(t - 1)) == "the" && !token(t - 1).has(kSentenceStart)) --t;
    if (t == 0) return std::nullopt;
    std::string_view joint = text(t - 1);
    if (joint == "for" || joint == "of" || joint == "to") return t - 1;
    return std::nullopt;
  }

  // The capitalised title words before the joint that ends at `begin`; `begin` when there are none.
  uint32_t title_before_joint(uint32_t begin) const {
    auto joint = title_joint_before(begin);
    if (!joint || *joint == 0 || token(*joint).has(kSentenceStart)) return begin;
    uint32_t t = *joint;
    while (t > 0 && !token(t).has(kSentenceStart) && token(t - 1).has(kCapitalized) && is_title_word(t - 1)) --t;
    return t < *joint ? t : begin;
  }

  // "April Ryan said", "Jan Hatzius, chief economist at ...": a month that opens a run of names at
  // the start of a clause, before a verb, a comma or a possessive, is a first name; "In April Trump
  // said", "Jan. 5" and headlines ("April Sales Rise") keep it a month.
  bool is_first_name_month(uint32_t t, const Run& r) const {
    if (t + 1 >= r.end || !lex_.months.find(text(t)) || text(t + 1) == "." || in_title_case(r.sentence)) return false;
    bool clause_start =
        t == 0 || token(t).has(kSentenceStart) || token(t - 1).kind == TokenKind::Punct || is_title_word(t - 1);
    if (!clause_start || r.end >= doc_.tokens.size()) return false;
    bool of_organisation = text(r.end) == "of" && r.end + 1 < doc_.tokens.size() && token(r.end + 1).has(kCapitalized);
    return speaks_next(r.end) || text(r.end) == "," || is_possessive_ending(text(r.end)) || of_organisation;
  }

  // "Jock A. Finlayson": a capital letter and its period inside a run of names is an initial, even "A".
  bool is_initial(uint32_t t) const {
    std::string_view w = text(t);
    bool letter = w.size() == 1 && is_ascii_upper(w[0]);
    return letter && t > 0 && t + 2 < doc_.tokens.size() && text(t + 1) == "." && !token(t + 1).has(kSpaceBefore) &&
           is_name_word(t - 1) && !token(t).has(kSentenceStart);
  }

  // "Theresa May", "Ian Read": a word the not-names list holds ends a name after a first name, unless
  // it is a function word, a weekday or a month before its day ("President Obama Tuesday", "Obama
  // May 5"), a verb follows ("Trump May be ..."), or the sentence is written in title case.
  bool is_common_word_surname(uint32_t t, uint32_t run_begin, const Run& r) const {
    if (t + 1 != r.end || t == run_begin || token(t).has(kSentenceStart) || text(t).size() < 3) return false;
    if (!is_name_word(t - 1) || is_title_word(t - 1) || lex_.not_names.contains(text(t - 1))) return false;
    if (is(t - 1, kCopula | kAuxiliary | kNegator | kCueWord) || token(t - 1).has(kAllCaps) || token(t).has(kAllCaps))
      return false;  // "Sanders Is Not", "Those Guys Have All", "POOL New"
    if (!is_content_word_not_date(t) || lex_.honorifics.contains(text(t)) || lex_.time_words.contains(text(t)))
      return false;
    bool verb_follows = t + 1 < doc_.tokens.size() && is(t + 1, kAuxiliary | kCopula | kNegator);
    return !verb_follows && !in_title_case(r.sentence);
  }

  // "David French said", "Dawn French, the actor,": a demonym that ends a name after a first name,
  // where no noun follows for it to qualify ("Macron French voters").
  // A title word that is a surname too (rules/en/lists/title-surnames.list) ends a name after an
  // honorific, an initial, a first name or a name word no list knows: "Mr. King", "Peter T. King",
  // "John Major", "Charlie King"; not "Crown Prince".
  bool is_title_surname(uint32_t t, uint32_t run_begin) const {
    if (!lex_.title_surnames.contains(text(t)) || token(t).has(kAllCaps)) return false;
    if (is_honorific_before(t)) return true;  // "Mr. King"
    if (t <= run_begin) return false;
    uint32_t before = t - 1;
    if (text(before) == "." && before > run_begin && is_initial(before - 1)) return true;
    if (lex_.first_name_gender.find(text(before))) return !is_title_word(before);
    std::string_view w = text(before);  // "Charlie": a name word that no list knows
    return is_name_word(before) && !is_title_word(before) && !token(before).has(kAllCaps) && w.find('-') == w.npos &&
           !lex_.not_names.contains(w) && !lex_.places.find(w) && !lex_.demonyms.find(w) &&
           !lex_.org_words.contains(w) && !lex_.organisations.find(w);
  }

  bool is_demonym_surname(uint32_t t, uint32_t run_begin, const Run& r) const {
    if (t == run_begin || !lex_.demonyms.find(text(t)) || token(t).has(kAllCaps)) return false;
    if (!is_name_word(t - 1) || is_title_word(t - 1) || lex_.not_names.contains(text(t - 1))) return false;
    if (token(t - 1).has(kAllCaps) || lex_.organisations.find(text(t - 1)) || in_title_case(r.sentence)) return false;
    if (t + 1 >= doc_.tokens.size()) return true;
    const Token& next = token(t + 1);
    return next.kind != TokenKind::Word || is(t + 1, kCueWord | kAuxiliary | kCopula | kPreposition);
  }

  // A headline or the title of a work: three in four of the sentence's longer words capitalised
  // (names alone make fewer: "Prime Minister Theresa May said Britain would leave"). Counted once
  // a sentence.
  bool in_title_case(uint32_t s) const {
    if (title_case_.empty()) title_case_.assign(doc_.sentences.size(), -1);
    if (title_case_[s] < 0) {
      uint32_t words = 0, capitals = 0;
      for (uint32_t t = doc_.sentences[s].first_token; t < doc_.sentences[s].end_token; ++t) {
        if (token(t).kind != TokenKind::Word || text(t).size() < 4) continue;
        ++words;
        capitals += token(t).has(kCapitalized);
      }
      title_case_[s] = words >= 3 && capitals * 4 > words * 3;
    }
    return title_case_[s] == 1;
  }

  // "May said", "May's government": a word alone that the not-names list holds may be the family
  // name of a person named before; link_surnames() links it only then.
  bool may_be_known_surname(uint32_t t) const {
    if (!is_content_word_not_date(t) || t + 1 >= doc_.tokens.size()) return false;
    if (t > 0 && is(t - 1, kPreposition | kDeterminer)) return false;  // "in May", "this May"
    return is(t + 1, kCueWord) || is_possessive_ending(text(t + 1));
  }

  bool is_content_word_not_date(uint32_t t) const {
    return !is(t, kDeterminer | kPreposition | kPronounWord) && !is_date_word(t);
  }

  bool is_weekday_before_verb(uint32_t t) const {
    return lex_.weekdays.find(text(t)) && t + 1 < doc_.tokens.size() &&
           is(t + 1, kCueWord | kAuxiliary | kNegator | kCopula);
  }

  // "Tuesday", "May 5", "Dec. 31": a weekday, or a month before its day or abbreviated.
  bool is_date_word(uint32_t t) const {
    if (lex_.weekdays.find(text(t))) return true;
    bool day_follows = t + 1 < doc_.tokens.size() && (token(t + 1).kind == TokenKind::Number || text(t + 1) == ".");
    return day_follows && lex_.months.find(text(t));
  }

  bool after_place_preposition(uint32_t begin) const {
    if (begin == 0) return false;
    std::string_view w = text(begin - 1);
    return is(begin - 1, kPreposition) || w == "to" || w == "near";
  }

  // ", California" or ", New Mexico" after a name: a state or country that places it.
  bool before_known_region(uint32_t end) const {
    if (end + 1 >= doc_.tokens.size() || text(end) != ",") return false;
    for (uint32_t words = 1; words <= 2 && end + 1 + words <= doc_.tokens.size(); ++words) {
      uint32_t last = end + words;  // the region's last word
      if (!is_name_word(last)) return false;
      bool region_ends = last + 1 >= doc_.tokens.size() || !is_name_word(last + 1);
      if (region_ends && lex_.places.find(phrase(end + 1, last + 1))) return true;
    }
    return false;
  }

  // "former President Donald Trump", "acting Attorney General": title words in lower case before a
  // capitalised title belong to it.
  uint32_t lower_case_modifiers_before(uint32_t title_begin) const {
    uint32_t t = title_begin;
    while (t > 0 && !token(t).has(kSentenceStart) && token(t - 1).kind == TokenKind::Word &&
           !token(t - 1).has(kCapitalized) && lex_.titles.contains(text(t - 1)) && !joins_title(t - 1))
      --t;
    return t;
  }

  bool follows_workplace_at(uint32_t t) const {
    if (t < 2 || text(t - 1) != "at") return false;
    return names_role(t - 2) || names_role(title_head_before_of(t - 2));
  }

  // A noun for a kind of organisation (org-nouns.tsv, organisation-kinds.list) before t, opened by
  // a determiner a few lower-case words before: "the research firm", "a chipmaker", also with a
  // naming verb between ("a company called Cambridge Analytica").
  bool follows_organisation_kind(uint32_t t) const {
    if (t > 2 && !token(t - 1).has(kCapitalized) && lex_.naming_verbs.contains(text(t - 1))) --t;
    if (t < 2 || token(t - 1).has(kCapitalized) || !is_organisation_kind(text(t - 1))) return false;
    for (uint32_t k = t - 1; k-- > 0 && t - k <= kKindModifiers + 2;) {
      if (is(k, kDeterminer | kPreposition) || text(k) == "to" || is_possessive_mark(k))
        return true;  // "the research firm", "according to research firm", "the dockworkers' union"
      if (token(k).kind != TokenKind::Word || token(k).has(kCapitalized)) return false;
    }
    return false;
  }
  static constexpr uint32_t kKindModifiers = 3;  // "the consumer electronics company Orbit"

  bool is_possessive_mark(uint32_t t) const {
    const Token& tok = token(t);
    return is_possessive_ending(text(t)) || (tok.kind == TokenKind::Quote && tok.quote_role == QuoteRole::Apostrophe);
  }

  bool is_organisation_kind(std::string_view noun) const {
    auto kind = [&](std::string_view w) { return lex_.org_nouns.find(w) || lex_.organisation_kinds.contains(w); };
    std::string_view one = singular_view(noun);
    return kind(noun) || (one.size() != noun.size() && kind(one));
  }

  // "Pinecrest Health, a hospital operator based in Ohio,", "Lumen Bay, the company that makes the
  // glasses,": a name whose apposition is a kind of organisation names that organisation, not a
  // person nor a place the rules know.
  void retype_organisations_in_apposition() {
    for (const Mention& m : doc_.mentions) {
      if (m.kind != MentionKind::Name || m.entity < 0) continue;
      Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
      if ((e.type != EntityType::Person && e.type != EntityType::Gpe) || !e.titles.empty()) continue;
      if (lex_.places.find(e.name) || lex_.first_name_gender.find(text(m.first_token))) continue;
      if (!kind_of_organisation_after(m.end_token)) continue;
      e.type = EntityType::Org;
      e.rule = "entity.organisation-in-apposition";
    }
  }

  // "Spotify welcomed the ruling. ... Daniel Ek, Spotify's founder": a one-word name read as a person's
  // before it owned a company title is an organisation's.
  void retype_company_title_owners() {
    for (uint32_t t = 1; t < doc_.tokens.size(); ++t) {
      if (!is_possessive_ending(text(t)) || !token(t - 1).has(kCapitalized) || !gives_company_title(t)) continue;
      auto it = by_surname_.find(std::string(text(t - 1)));
      if (it == by_surname_.end()) continue;
      Entity& e = doc_.entities[static_cast<size_t>(it->second)];
      if (e.type != EntityType::Person || !e.titles.empty() || e.name != text(t - 1) || e.gender != '?') continue;
      if (lex_.first_name_gender.find(e.name) || is_honorific_before(t - 1)) continue;
      e.type = EntityType::Org;
      e.rule = "entity.company-title-owner";
    }
  }

  // "the Nurses United union", "the Orbit Action group": a name without a first name or a title that
  // the text writes only before an organisation word in lower case is that organisation's name.
  void retype_names_of_organisation_words() {
    enum : uint8_t { kNoName, kBeforeWord, kElsewhere };
    std::vector<uint8_t> names(doc_.entities.size(), kNoName);
    for (const Mention& m : doc_.mentions) {
      if (m.kind != MentionKind::Name || m.entity < 0) continue;
      uint8_t& seen = names[static_cast<size_t>(m.entity)];
      seen = names_organisation_word_after(m) && seen != kElsewhere ? kBeforeWord : kElsewhere;
    }
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      Entity& e = doc_.entities[i];
      if (names[i] != kBeforeWord || e.type != EntityType::Person || !e.titles.empty() || e.gender != '?') continue;
      if (lex_.places.find(e.name)) continue;
      e.type = EntityType::Org;
      e.rule = "entity.organisation-word-after";
    }
  }

  bool names_organisation_word_after(const Mention& m) const {
    uint32_t t = m.end_token;
    if (t >= doc_.tokens.size() || token(t).kind != TokenKind::Word || token(t).has(kCapitalized)) return false;
    if (!lex_.org_words.contains(text(t)) || lex_.titles.contains(text(t))) return false;
    if (t + 1 < doc_.tokens.size() && is_lower_case_word(t + 1) &&
        !is(t + 1, kPreposition | kDeterminer | kPronounWord | kCueWord | kAuxiliary | kCopula | kNegator))
      return false;  // "the Laquan McDonald police | shooting": the organisation word is a modifier
    return m.first_token > 0 && is(m.first_token - 1, kDeterminer) && !lex_.first_name_gender.find(text(m.first_token));
  }

  // ", a hospital operator", ", one of the largest lenders", ", the company that": at token t.
  bool kind_of_organisation_after(uint32_t t) const {
    if (t + 2 >= doc_.tokens.size() || text(t) != ",") return false;
    uint32_t k = t + 1;
    if (ascii_lower(text(k)) == "one" && text(k + 1) == "of") k += 2;
    if (k >= doc_.tokens.size() || !is(k, kDeterminer)) return false;
    for (++k; k < doc_.tokens.size() && k <= t + kApposedKindWords; ++k) {
      if (token(k).kind != TokenKind::Word || token(k).has(kCapitalized)) return false;
      if (is(k, kPreposition | kDeterminer) || text(k) == "to") return false;  // "a senior adviser to the group"
      if (is_organisation_kind(text(k)) && !is_organisation_kind_modifier(k)) return true;
    }
    return false;
  }
  static constexpr uint32_t kApposedKindWords = 7;  // ", one of the largest hospital operators"

  // "a bank robber", "a company director": the kind is only a modifier of the noun after it.
  bool is_organisation_kind_modifier(uint32_t k) const {
    return k + 1 < doc_.tokens.size() && token(k + 1).kind == TokenKind::Word && !token(k + 1).has(kCapitalized) &&
           !is(k + 1, kPreposition | kPronounWord | kAuxiliary | kCueWord) && text(k + 1) != "that" &&
           text(k + 1) != "which" && text(k + 1) != "based";
  }

  // One capitalised word that is the whole source after "according to": no person named before, no
  // place, first name, demonym or group ("according to American officials", "according to Democrats").
  bool names_source_alone(uint32_t t) const {
    std::string_view w = text(t);
    bool phrase_ends = t + 1 >= doc_.tokens.size() || token(t + 1).kind != TokenKind::Word ||
                       token(t + 1).has(kCapitalized) || is(t + 1, kPreposition);
    return phrase_ends && !is_named_person_word(t, t + 1) && !lex_.places.find(w) && !lex_.first_name_gender.find(w) &&
           !lex_.demonyms.find(w) && !is(t, kNominalSource | kTitleHead | kPronounWord);
  }

  // One word after "a spokesperson for" that names no person already, and ends the phrase ("a
  // spokesman for Democratic candidate Jo Park" does not): an organisation.
  bool speaks_for(uint32_t t) const {
    if (t < 2 || text(t - 1) != "for" || !is_spokesperson(text(t - 2)) || is_named_person_word(t, t + 1)) return false;
    bool phrase_ends = t + 1 >= doc_.tokens.size() || token(t + 1).kind != TokenKind::Word ||
                       is(t + 1, kCueWord | kAuxiliary) || is_possessive_ending(text(t + 1));
    return phrase_ends && !lex_.places.find(text(t));
  }

  // The possessor of a company title is no person: not "Mr. Trump's", nor a first name, nor a
  // person named before, nor a place.
  bool owns_as_organisation(uint32_t begin, uint32_t end) const {
    if (token(begin).kind != TokenKind::Word || is_honorific_before(begin) || is_named_person_word(begin, end))
      return false;
    return !lex_.first_name_gender.find(text(begin)) && !lex_.places.find(phrase(begin, end));
  }

  // "'s chief executive" from token t, ending its phrase ("'s executive order" does not).
  bool gives_company_title(uint32_t t) const {
    if (t >= doc_.tokens.size() || !is_possessive_ending(text(t))) return false;
    for (uint32_t k = t + 1; k < doc_.tokens.size() && k <= t + kCompanyTitleWords; ++k) {
      if (token(k).kind != TokenKind::Word || token(k).has(kCapitalized)) return false;
      if (is(k, kPreposition | kDeterminer)) return false;  // "Hillary's run for president"
      if (!lex_.company_titles.contains(text(k))) continue;
      return k + 1 >= doc_.tokens.size() || token(k + 1).kind != TokenKind::Word || token(k + 1).has(kCapitalized) ||
             is(k + 1, kCueWord | kAuxiliary);
    }
    return false;
  }
  static constexpr uint32_t kCompanyTitleWords = 4;  // "'s senior vice president"

  // One word that is a person's surname or first name already named ("the group Fiorina addressed"),
  // or a known first name and one more word ("developer Victor Crane" is a person, as "the research
  // firm Creative Strategies" is not).
  bool is_named_person_word(uint32_t begin, uint32_t end) const {
    if (end - begin == 2 && lex_.first_name_gender.find(text(begin)) && !lex_.org_words.contains(text(begin + 1)))
      return true;
    if (end - begin != 1) return false;
    std::string name(text(begin));
    return by_surname_.count(name) || by_first_word_.count(name);
  }

  static bool is_spokesperson(std::string_view w) {
    return w == "spokesperson" || w == "spokesman" || w == "spokeswoman";
  }

  bool names_role(uint32_t t) const { return is(t, kNominalSource | kTitleHead) || lex_.titles.contains(text(t)); }

  // "head of commodity strategy", ending at t: the title's head before "of" and a few lower-case
  // words, or t when there is none.
  uint32_t title_head_before_of(uint32_t t) const {
    for (uint32_t k = t; k > 0 && t - k < kComplementWords + 1; --k) {
      if (token(k).kind != TokenKind::Word || token(k).has(kCapitalized)) return t;
      if (text(k) == "of" && k < t) return k - 1;
    }
    return t;
  }

  // "manager", "official": a noun for a person's role; not "firm" nor "group".
  bool is_person_role(uint32_t t) const {
    if (is(t, kTitleHead)) return true;
    std::string_view w = text(t);
    return is(t, kNominalSource) && !lex_.org_words.contains(w) && !is_organisation_kind(w) &&
           !lex_.collective_nouns.contains(w);
  }

  // "Kremlin spokesman Dmitry Peskov", "White House press secretary Karine Jean-Pierre", "former
  // president Donald Trump": a title in lower case before a name, with what qualifies it.
  uint32_t lower_case_title_before(uint32_t name_begin) const {
    uint32_t t = name_begin;
    if (t == 0 || token(t).has(kSentenceStart) || token(t - 1).has(kCapitalized) || !is_person_role(t - 1))
      return name_begin;
    while (t > 0 && !token(t).has(kSentenceStart)) {
      if (t >= 2 && !token(t - 1).has(kSentenceStart) && lex_.organisations.find(phrase(t - 2, t)))
        t -= 2;  // "White House"
      else if (int32_t org = organisation_ending_at(t); org >= 0)
        while (t > 0 && name_entity_at_[t - 1] == org) --t;  // "Manchester United manager"
      else if (text(t - 1) == "for")
        break;  // "a spokesman for presidential candidate Hillary Clinton": his title, not hers
      else if (is_title_word(t - 1) || lex_.organisations.find(text(t - 1)) ||  // "EU foreign policy chief"
               (t == name_begin && is_person_role(t - 1)))                      // "pop singer Maya Rowe"
        --t;
      else if (t >= 2 && is(t, kTitleHead) && is_title_word(t - 2) && token(t - 1).has(kCapitalized) &&
               !token(t - 1).has(kSentenceStart))
        t -= 2;  // "Former Trump adviser": a name between a title word and the title's head
      else if (t >= 2 && is_lower_case_word(t - 1) && is_lower_case_word(t - 2) && is_title_word(t - 2))
        --t;  // "policy" between "foreign" and "chief"
      else
        break;
    }
    while (t < name_begin && !token(t).has(kCapitalized) && !is_person_role(t) && !lex_.titles.contains(text(t))) ++t;
    while (t < name_begin && joins_title(t)) ++t;
    return t;
  }

  // "WHO", "US": capitals that name an entity, though not-names.list holds the word.
  bool names_in_capitals(uint32_t t) const { return token(t).has(kAllCaps) && name_entity_at_[t] >= 0; }

  // The entity of that type whose name covers token t, or -1.
  int32_t named_at(uint32_t t, EntityType type) const {
    int32_t named = name_entity_at_[t];
    return named >= 0 && doc_.entities[static_cast<size_t>(named)].type == type ? named : -1;
  }

  bool names_organisation_at(uint32_t t) const { return named_at(t, EntityType::Org) >= 0; }

  // The organisation whose name ends right before token t, or -1.
  int32_t organisation_ending_at(uint32_t t) const { return t > 0 ? named_at(t - 1, EntityType::Org) : -1; }

  uint32_t past_title_words(uint32_t begin, uint32_t end) const {
    while (begin < end && is_title_word(begin) && !lex_.demonyms.find(text(begin))) ++begin;
    return begin;
  }

  // Title words, then the surname of a person named before, then a lower-case title and a name.
  bool names_known_person_in_title(uint32_t begin, uint32_t end) const {
    if (!title_and_name_follow(end)) return false;
    uint32_t first = past_title_words(begin, end);
    return first > begin && end - first == 1 && by_surname_.count(std::string(text(first))) &&
           employs_next_name(first, end);
  }

  // Where the employer named in [begin, end) starts, past title words that open the run ("Former
  // Liverpool defender Jamie Carragher"); `end` when the run names none. One word alone names an
  // employer only after such a title word: "Clinton spokesman Brian Fallon" is no organisation's.
  uint32_t employer_of_next_name(uint32_t begin, uint32_t end) const {
    if (!title_and_name_follow(end)) return end;
    uint32_t first = past_title_words(begin, end);
    bool known = end - first == 1 && lex_.organisations.find(text(first));  // "Hamas official Basem Naim"
    if (first == end || (first == begin && end - begin < 2 && !known) || !token(first).has(kCapitalized)) return end;
    if (end - first == 1 && by_surname_.count(std::string(text(first)))) return end;  // "Former Trump adviser"
    return employs_next_name(first, end) ? first : end;
  }

  // A lower-case title and a name follow the run that ends at `end`: "... manager Erik ten Hag".
  bool title_and_name_follow(uint32_t end) const {
    uint32_t t = end;
    while (t < doc_.tokens.size() && t < end + kTitleWords && is_lower_case_word(t) && is_person_role(t)) ++t;
    return t > end && t < doc_.tokens.size() && is_name_word(t) && !token(t).has(kSentenceStart) && !is_title_word(t);
  }

  // "Manchester United manager Erik ten Hag", "Goldman Sachs economist Jan Hatzius": two or more
  // capitalised words before a lower-case title and a name employ that person. Not "Hillary Clinton
  // spokesman Brian Fallon": a run that opens with a known first name is a person's.
  bool employs_next_name(uint32_t begin, uint32_t end) const {
    if (!title_and_name_follow(end)) return false;
    if (lex_.first_name_gender.find(text(begin)) || lex_.honorifics.contains(text(begin)) ||
        text(end - 1).find('-') != std::string_view::npos)  // "Nobel Prize-winning economist"
      return false;
    for (uint32_t k = begin; k < end; ++k)
      if (is_title_word(k)) return false;  // "Presumptive Democratic nominee": part of the title
    return true;
  }
  static constexpr uint32_t kTitleWords = 2;  // lower-case title words: "chief economist"

  // After a title's head, "to the United Nations", "at Goldman Sachs" or "to the talks" up to a
  // comma: the comma; else the token after the head.
  uint32_t past_named_complement(uint32_t head, uint32_t end) const {
    uint32_t t = head + 1;
    if (t >= end || !(is(t, kPreposition) || text(t) == "to")) return head + 1;
    if (++t < end && ascii_lower(text(t)) == "the") ++t;
    uint32_t first = t;
    while (t < end && covered_by_mention(t)) ++t;
    if (t == first)
      while (t < end && t < first + kComplementWords && is_lower_case_word(t) &&
             !is(t, kPreposition | kDeterminer | kPronounWord | kCueWord | kAuxiliary | kCopula))
        ++t;
    return t > first && t < end && text(t) == "," ? t : head + 1;
  }
  static constexpr uint32_t kComplementWords = 2;  // "envoy to the nuclear talks"

  bool is_lower_case_word(uint32_t t) const { return token(t).kind == TokenKind::Word && !token(t).has(kCapitalized); }

  bool whole_run_is_known(uint32_t begin, uint32_t end, uint32_t extent_begin, bool new_entities) {
    std::string whole = phrase(begin, end);
    if (const auto* org = lex_.organisations.find(whole)) {
      add_known(*org, EntityType::Org, begin, end, extent_begin, new_entities, "entity.organisation");
      return true;
    }
    if (const auto* place = lex_.places.find(whole)) {
      add_known({(*place)[0]}, EntityType::Gpe, begin, end, extent_begin, new_entities, "entity.place");
      return true;
    }
    return false;
  }

  void add_known(const std::vector<std::string>& columns, EntityType type, uint32_t begin, uint32_t end,
                 uint32_t extent_begin, bool, const std::string& rule) {
    std::string name = columns.empty() ? phrase(begin, end) : columns[0];
    int32_t e = entity_for(name, type, rule);
    if (type == EntityType::Org && columns.size() >= 3 && doc_.entities[e].affiliation.empty())
      doc_.entities[e].affiliation = columns[2];
    if (type == EntityType::Gpe) doc_.entities[e].affiliation.clear();
    add_mention(e, begin, end, extent_begin, MentionKind::Name, 1.0f, rule);
  }

  // "US Department of State" alone, "Foreign Minister" alone, "Department of Justice".
  void read_title_only(uint32_t begin, uint32_t end, bool new_entities) {
    if (is_common_noun_opening(begin, end)) return;  // "Hospitals are soft targets", "Services inflation"
    bool has_org_word = false;
    for (uint32_t t = begin; t < end; ++t) has_org_word = has_org_word || lex_.org_words.contains(text(t));
    bool org_of = end - begin >= 3 && text(end - 2) == "of";  // "Ministry of Transport"
    bool org_joint = joins_organisation_inside(begin, end);
    if (has_org_word && (org_of || org_joint || lex_.org_words.contains(text(end - 1))) && new_entities) {
      std::string name = phrase(begin, without_legal_form(begin, end));  // "Pfizer Inc": Pfizer
      const auto* known = lex_.organisations.find(name);
      add_known(known ? *known : std::vector<std::string>{name}, EntityType::Org, begin, end, begin, true,
                known ? "entity.organisation" : "entity.org-words");
      // "Veltra Motors", then "Veltra declined to comment": a company's own name before its org word.
      if (!known && end - begin >= 2 && !is_title_word(begin) && !lex_.not_names.contains(text(begin)))
        by_first_word_.emplace(std::string(text(begin)), by_name_[name]);
    }
  }

  // One capitalised word that opens a sentence before a word in lower case: a common noun.
  bool is_common_noun_opening(uint32_t begin, uint32_t end) const {
    bool opens = token(begin).has(kSentenceStart) ||
                 (begin > 0 && token(begin - 1).kind == TokenKind::Quote && token(begin - 1).has(kSentenceStart));
    if (end - begin != 1 || !opens || token(begin).has(kAllCaps)) return false;
    return end < doc_.tokens.size() && token(end).kind == TokenKind::Word && !token(end).has(kCapitalized) &&
           !is_title_word(end) && !is(end, kTitleHead) &&
           !lex_.organisation_titles.contains(text(end));  // "Council member"
  }

  // The end of the name without its legal form, when the text also names the company without it
  // ("Pfizer Inc ... Pfizer said"); not "News Corp" nor "Democracy Corp".
  uint32_t without_legal_form(uint32_t begin, uint32_t end) {
    if (end - begin < 2 || !lex_.legal_forms.contains(text(end - 1))) return end;
    return capitalised_run_names().contains(phrase(begin, end - 1)) ? end - 1 : end;
  }

  // The words of every capitalised run, as written.
  const std::unordered_set<std::string>& capitalised_run_names() {
    if (!capitalised_run_names_) {
      capitalised_run_names_.emplace();
      for (const Run& r : runs_) capitalised_run_names_->insert(phrase(r.begin, r.end));
    }
    return *capitalised_run_names_;
  }

  void read_person(uint32_t title_begin, uint32_t name_begin, uint32_t end, bool new_entities) {
    std::string name = phrase(name_begin, end);
    bool has_title = title_begin < name_begin;
    bool honorific = name_begin > 0 && is_honorific_before(name_begin);
    uint32_t words = 0;
    for (uint32_t t = name_begin; t < end; ++t) words += token(t).kind == TokenKind::Word;
    if (words == 1 && !has_title) {
      surname_runs_.emplace_back(name_begin, end);
      if (!new_entities) return;
      if (honorific)
        add_person(name, title_begin, name_begin, end, "entity.honorific-name");
      else if (names_in_apposition_to_noun(name_begin, end) && !by_surname_.count(name) &&
               !by_first_word_.count(name) && !opens_longer_name(name_begin))
        add_person(name, title_begin, name_begin, end, "entity.name-in-apposition");
      else if ((speaks_next(end) || (speaks_after_apposition(end) && !follows_function_word(title_begin)) ||
                speaks_after_quotation(name_begin, end)) &&
               !by_surname_.count(name) && !by_first_word_.count(name) && !by_inner_word_.count(name) &&
               !lex_.nominal_sources.contains(name) && !lex_.title_heads.contains(name) &&
               !opens_with_verb(name_begin) && !names_home_of_person(name_begin) && !opens_with_plural(name_begin)) {
        if (is_acronym(name_begin)) {  // "NHS said", "BMA warns"; later "the NHS" is the same body
          add_known({name}, EntityType::Org, name_begin, end, name_begin, true, "entity.acronym-before-cue");
          by_first_word_.emplace(name, by_name_[name]);
        } else {
          add_person(name, title_begin, name_begin, end, "entity.name-before-cue");
        }
      }
      return;
    }
    if (!new_entities) {
      surname_runs_.emplace_back(name_begin, end);
      return;
    }
    if (words == 1 && !honorific && !has_title_word(title_begin, name_begin)) return;  // "the Paris Agreement"
    if (words == 1 && !honorific && shortens_organisation(name)) return;               // "former United captain"
    add_person(name, title_begin, name_begin, end, has_title ? "entity.title-name" : "entity.full-name");
  }

  // "United" after "Manchester United": the first or last word of an organisation already named.
  bool shortens_organisation(const std::string& word) const { return organisation_end_words_.count(word) > 0; }

  // A word of [begin, end) is a title or an organisation ("Senator", "Kremlin"), not only a place.
  bool has_title_word(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin; t < end; ++t)
      if (lex_.titles.contains(text(t)) || lex_.org_words.contains(text(t)) || lex_.honorifics.contains(text(t)))
        return true;
    return false;
  }

  // The cue after t, past auxiliaries and negation ("it has not said"), if it is no participle.
  const std::vector<std::string>* cue_after(uint32_t t) const {
    uint32_t v = t + 1;
    while (v < doc_.tokens.size() && v < t + 4 && is(v, kAuxiliary | kNegator)) ++v;
    if (v >= doc_.tokens.size() || !is(v, kCueWord)) return nullptr;
    const auto* cue = lex_.cues.find(text(v));
    return cue && cue->size() > 1 && (*cue)[1] != "participle" ? cue : nullptr;
  }
  bool reports_after(uint32_t t) const { return cue_after(t) != nullptr; }

  // A finite reporting verb at t: "said", "found", "shows".
  bool reports_at(uint32_t t) const {
    if (t >= doc_.tokens.size() || token(t).kind != TokenKind::Word) return false;
    const auto* cue = lex_.cues.find(text(t));
    return cue && cue->size() >= 2 && (*cue)[1] == "finite";
  }

  // "Addressing MPs in the Commons, ...": a word in -ing that opens the sentence and a run that no
  // verb follows; not a place or a name the rules know ("Reading", "Manning said").
  bool opens_participle_phrase(uint32_t t, const Run& r) const {
    std::string_view w = text(t);
    if (t != r.begin || !token(t).has(kSentenceStart) || w.size() < 6 || !w.ends_with("ing") || r.end == t + 1)
      return false;
    if (lex_.places.find(w) || lex_.organisations.starts_phrase(w) || lex_.first_name_gender.find(w)) return false;
    return r.end < doc_.tokens.size() && !reports_at(r.end) && !is(r.end, kAuxiliary | kCopula);
  }

  // "Having said that", "Asked about it": a sentence that opens with a participle, not a name. A
  // word in -ing right before a finite reporting verb is its subject ("Boeing said"); no known verb
  // form opens a sentence so.
  bool opens_with_verb(uint32_t t) const {
    std::string w = ascii_lower(text(t));
    bool participle = w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
    if (!token(t).has(kSentenceStart) || !participle) return false;
    bool known_verb = is(t, kAuxiliary | kCopula | kCueWord) || lex_.subordinators.contains(w);
    return known_verb || !w.ends_with("ing") || !reports_at(t + 1);
  }

  // A singular word right after a lower-case "to": "expected to report", not "according to reports".
  bool follows_infinitive_to(uint32_t t) const {
    if (t == 0 || text(t - 1) != "to" || text(t).ends_with('s') || token(t).has(kCapitalized)) return false;
    return t < 2 || !folds_to(text(t - 2), "according");  // "according to people familiar with"
  }

  // "Her son, Pablo, wants": one word between commas after a noun for a person.
  bool names_in_apposition_to_noun(uint32_t begin, uint32_t end) const {
    if (begin < 2 || end >= doc_.tokens.size() || text(begin - 1) != "," || text(end) != ",") return false;
    return is(begin - 2, kNominalSource | kTitleHead) && !token(begin - 2).has(kCapitalized);
  }

  // "his wife, Jane, ... Jane Sanders said": the word at t opens a longer name somewhere in the text.
  bool opens_longer_name(uint32_t t) {
    if (!longer_name_openers_) {
      longer_name_openers_.emplace();
      for (uint32_t k = 0; k + 1 < doc_.tokens.size(); ++k)
        if (token(k).has(kCapitalized) && token(k + 1).has(kCapitalized) && token(k + 1).kind == TokenKind::Word)
          longer_name_openers_->insert(text(k));
    }
    return longer_name_openers_->contains(text(t));
  }

  // "Firms refused to hire her": a plural that opens its sentence, and that the text never
  // capitalises inside a sentence, is a common noun.
  bool opens_with_plural(uint32_t t) {
    std::string_view w = text(t);
    if (!token(t).has(kSentenceStart) || w.size() <= 4 || !w.ends_with('s') || w.ends_with("ss")) return false;
    return !capitalised_inside_sentence().contains(w);
  }

  const std::unordered_set<std::string_view>& capitalised_inside_sentence() {
    if (!capitalised_inside_) {
      capitalised_inside_.emplace();
      for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
        if (token(t).has(kCapitalized) && !token(t).has(kSentenceStart)) capitalised_inside_->insert(text(t));
    }
    return *capitalised_inside_;
  }

  // "Okafor said", "Okafor made clear", "Okafor was quoted as saying": a capitalised word that a finite
  // reporting verb follows is someone's name.
  bool speaks_next(uint32_t t) const {
    uint32_t limit = t + kAuxiliaries;
    while (t < doc_.tokens.size() && t < limit && is(t, kAuxiliary | kNegator)) ++t;  // "has said", "did not say"
    if (t >= doc_.tokens.size() || token(t).kind != TokenKind::Word) return false;
    if (is(t, kCopula)) return quoted_as_saying(t + 1);
    WordMap::Lookup word = lex_.cues.lookup(text(t));
    const auto* cue = word.columns;
    bool phrase = false;
    if (word.starts_phrase && t + 1 < doc_.tokens.size()) {
      char buffer[64];
      if (const auto* two = lex_.cues.find(joined_into(text(t), text(t + 1), buffer))) cue = two, phrase = true;
    }
    if (!phrase && is_plural_before_cue(t)) return false;  // "Safety advocates said": a noun, not a cue
    return is_finite(cue) && (*cue)[0] != "find" && (*cue)[0] != "show";
  }

  static bool is_finite(const std::vector<std::string>* cue) {
    return cue && cue->size() >= 2 && (*cue)[1] == "finite";
  }
  // "Safety advocates said": a plural noun before a finite cue.
  bool is_plural_before_cue(uint32_t t) const {
    if (t + 1 >= doc_.tokens.size() || !is(t + 1, kCueWord) || !is_finite(lex_.cues.find(text(t + 1)))) return false;
    return is_plural_before_verb(text(t), text(t + 1));
  }

  // "quoted as saying", "described as saying": a participle, "as" and a reporting verb's participle.
  bool quoted_as_saying(uint32_t t) const {
    if (t + 2 >= doc_.tokens.size() || ascii_lower(text(t + 1)) != "as") return false;
    const auto* cue = lex_.cues.find(text(t + 2));
    return cue && cue->size() >= 2 && (*cue)[1] == "participle";
  }

  static constexpr uint32_t kAuxiliaries = 3;

  // "Okafor, a Republican, said", "Okafor, who chairs the panel, has said", "Okafor, 54, said": after
  // the word at t - 1, an apposition opened by a determiner, "who" or an age, then a finite reporting verb.
  // ""We were not ready," said Olena, 67,": one word after the finite cue that follows a quotation,
  // closing the sentence or before a comma, is who said it.
  bool speaks_after_quotation(uint32_t begin, uint32_t end) const {
    if (begin < 3 || end >= doc_.tokens.size() || !is_finite(lex_.cues.find(text(begin - 1)))) return false;
    uint32_t mark = text(begin - 2) == "," ? begin - 3 : begin - 2;
    return token(mark).kind == TokenKind::Quote && (text(end) == "," || text(end) == ".");
  }

  bool speaks_after_apposition(uint32_t t) const {
    if (t + 2 >= doc_.tokens.size() || text(t) != ",") return false;
    if (!is(t + 1, kDeterminer) && ascii_lower(text(t + 1)) != "who" && !is_age(t + 1)) return false;
    for (uint32_t k = t + 2; k < doc_.tokens.size() && k < t + kAppositionReach; ++k) {
      if (token(k).has(kSentenceStart)) return false;
      if (text(k) == "," && speaks_next(k + 1)) return true;  // the apposition may hold commas of its own
    }
    return false;
  }
  static constexpr uint32_t kAppositionReach = 16;

  // "54" in "Okafor, 54,": a number of years that a comma closes.
  bool is_age(uint32_t t) const {
    if (token(t).kind != TokenKind::Number || t + 1 >= doc_.tokens.size() || text(t + 1) != ",") return false;
    std::string_view digits = text(t);
    bool plausible = digits.size() < 3 || (digits.size() == 3 && digits <= "120");  // same length: compared as numbers
    return plausible && std::all_of(digits.begin(), digits.end(), is_ascii_digit);
  }

  // "the Forward, a newspaper,", "of New York, a state": a name is not opened by such a word.
  bool follows_function_word(uint32_t t) const { return t > 0 && is(t - 1, kDeterminer | kPreposition); }

  bool follows_according_to(uint32_t t) const {  // "According to her, ..."
    return t >= 2 && ascii_lower(text(t - 2)) == "according" && text(t - 1) == "to";
  }

  bool is_honorific_before(uint32_t t) const {
    if (t >= 2 && text(t - 1) == "." && lex_.honorifics.contains(text(t - 2))) return true;
    return t >= 1 && lex_.honorifics.contains(text(t - 1));
  }

  uint32_t honorific_start(uint32_t t) const {
    if (t >= 2 && text(t - 1) == "." && lex_.honorifics.contains(text(t - 2))) return t - 2;
    if (t >= 1 && lex_.honorifics.contains(text(t - 1))) return t - 1;
    return t;
  }

  void add_person(const std::string& name, uint32_t title_begin, uint32_t name_begin, uint32_t end,
                  const std::string& rule) {
    int32_t e = person_for(name, end);
    if (title_begin < name_begin) add_title(e, title_begin, name_begin);
    uint32_t h = honorific_start(name_begin);
    if (h < name_begin) {
      if (const auto* g = lex_.honorific_gender.find(text(h))) doc_.entities[e].gender = (*g)[0][0];
    }
    if (doc_.entities[e].gender == '?' && end - name_begin >= 2) {  // "Jen Psaki"; not "May" alone
      if (const auto* g = lex_.first_name_gender.find(text(name_begin)); g && !g->empty() && !(*g)[0].empty())
        doc_.entities[e].gender = (*g)[0][0];
    }
    add_mention(e, name_begin, end, std::min(title_begin, h), MentionKind::Name, 1.0f, rule);
    affiliate_with_possessor(e, std::min(title_begin, h));
  }

  // "Tom Reyes of Boston agreed": a word after a person's name and "of" is where the person is from.
  bool names_home_of_person(uint32_t t) const {
    if (t < 2 || text(t - 1) != "of") return false;
    int32_t named = name_entity_at_[t - 2];
    return named >= 0 && doc_.entities[static_cast<size_t>(named)].type == EntityType::Person;
  }

  // "Romania ... The country's health minister, Alexandru Rafila": a title opened by "country's" is
  // held in the country named last before the person: the title "health minister", the affiliation
  // Romania.
  void resolve_country_possessors() {
    std::vector<std::pair<uint32_t, int32_t>> places;  // first token, entity
    for (const Mention& m : doc_.mentions)
      if (m.entity >= 0 && doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::Gpe)
        places.emplace_back(m.first_token, m.entity);
    if (places.empty()) return;
    std::sort(places.begin(), places.end());
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::Person || e.mentions.empty()) continue;
      uint32_t first = doc_.mentions[e.mentions.front()].first_token;
      auto before = std::lower_bound(places.begin(), places.end(), std::pair{first, int32_t{-1}});
      if (before == places.begin()) continue;
      const Entity& country = doc_.entities[static_cast<size_t>(std::prev(before)->second)];
      for (std::string& title : e.titles) {
        std::string_view rest = after_country_possessor(title);
        if (rest.empty()) continue;
        title = std::string(rest);
        if (e.affiliation.empty()) e.affiliation = country.name;
      }
    }
  }

  // "health minister" of "country's health minister"; empty when no country noun opens the title.
  std::string_view after_country_possessor(std::string_view title) const {
    for (std::string_view mark : {"'s ", "\xE2\x80\x99s "}) {
      size_t at = title.find(mark);
      if (at == std::string_view::npos || title.find(' ') < at) continue;
      if (lex_.country_nouns.contains(title.substr(0, at))) return title.substr(at + mark.size());
    }
    return {};
  }

  // "Hungary's Viktor Orban": the country a person's name is a possessive of.
  void affiliate_with_possessor(int32_t person, uint32_t opening) {
    Entity& e = doc_.entities[static_cast<size_t>(person)];
    if (!e.affiliation.empty() || opening < 2 || !is_possessive_ending(text(opening - 1))) return;
    if (const auto* place = lex_.places.find(text(opening - 2)); place && !place->empty()) e.affiliation = (*place)[0];
  }

  // A full name extends an entity known by its surname alone, and the other way round.
  int32_t person_for(const std::string& name, uint32_t end) {
    auto it = by_name_.find(name);
    if (it != by_name_.end()) return it->second;
    if (end >= 2 && lex_.first_name_honorifics.contains(text(end - 2)))  // "Sir Keir" after "Sir Keir Starmer"
      if (auto first = by_first_word_.find(name); first != by_first_word_.end()) return first->second;
    uint32_t last = end - 1;
    while (last > 0 && (text(last) == "." || is_suffix(last))) --last;
    std::string surname(text(last));
    // "von der Leyen" after "Ursula von der Leyen": the end of a known full name.
    if (auto known = by_surname_.find(surname); known != by_surname_.end()) {
      Entity& entity = doc_.entities[static_cast<size_t>(known->second)];
      const std::string& full = entity.name;
      // "Van Dijk" opening a sentence after "Virgil van Dijk": the particle's case may differ.
      if (full.size() > name.size() && ascii_lower(full.substr(full.size() - name.size())) == ascii_lower(name) &&
          full[full.size() - name.size() - 1] == ' ')
        return known->second;
      // "Zelensky says ..." in a headline, then "Volodymyr Zelensky": the surname was this person's.
      if (full == surname && entity.type == EntityType::Person) {
        entity.name = name;
        by_name_[name] = known->second;
        return known->second;
      }
    }
    int32_t e = entity_for(name, EntityType::Person, "entity.person");
    if (!by_surname_.count(surname)) by_surname_[surname] = e;
    // A family name written first ("Wang" for "Wang Wenbin") or a first name used alone ("Hillary").
    if (size_t space = name.find(' '); space != std::string::npos) by_first_word_.emplace(name.substr(0, space), e);
    remember_inner_words(name, e);
    return e;
  }

  // "Lula" for "Luiz Inácio Lula da Silva", "Rodham" for "Hillary Rodham Clinton": a word between
  // the first and the last of a name may stand for the person alone; not an initial, a particle or
  // a first name. A name holding a common word ("Panel Just Dismissed Bernie Sanders", a headline)
  // lends none.
  void remember_inner_words(const std::string& name, int32_t e) {
    std::vector<std::string_view> words;
    for (std::string_view rest = name; !rest.empty();) {
      size_t space = rest.find(' ');
      words.push_back(rest.substr(0, space));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    if (words.size() < 3 || words.size() > kLongestInnerName) return;
    for (std::string_view w : words)
      if (lex_.not_names.contains(w) && !lex_.particles.contains(w)) return;
    for (size_t i = 1; i + 1 < words.size(); ++i) {
      std::string_view w = words[i];
      if (w.size() >= 3 && !w.ends_with('.') && !lex_.particles.contains(w) && !lex_.first_name_gender.find(w))
        by_inner_word_.emplace(std::string(w), e);
    }
  }
  static constexpr size_t kLongestInnerName = 5;  // words: "Luiz Inácio Lula da Silva"

  // `person` is an index: affiliation_of() may add entities and move the vector.
  // The affiliation comes from [affiliation_begin, end), by default the whole title.
  void add_title(int32_t person, uint32_t begin, uint32_t end, uint32_t affiliation_begin = 0) {
    // Not "Mr" nor the period after it ("Mr. Garin" has no title).
    while (begin < end && !names_in_capitals(begin) &&
           (lex_.not_names.contains(text(begin)) || token(begin).kind != TokenKind::Word))
      ++begin;
    if (begin >= end) return;
    std::string title = phrase(begin, end);
    auto& titles = doc_.entities[person].titles;
    if (std::find(titles.begin(), titles.end(), title) == titles.end()) titles.push_back(title);
    if (!doc_.entities[person].affiliation.empty()) return;
    std::string affiliation = affiliation_of(std::max(begin, affiliation_begin), end);
    doc_.entities[person].affiliation = affiliation;
  }

  // "Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, wrote", "Lavrov, the foreign
  // minister, said": an apposition with a title word after a person's name is a title of theirs,
  // and its head a mention of them.
  void add_apposition_titles() {
    size_t names = doc_.mentions.size();
    for (size_t i = 0; i < names; ++i) {
      const Mention m = doc_.mentions[i];  // a copy: add_title may add mentions
      if (m.kind != MentionKind::Name || doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::Person)
        continue;
      uint32_t name_end = past_party_label(m);  // "Rep. Tom Cole (R-Okla.), the chairman"
      if (name_end + 1 >= doc_.tokens.size() || text(name_end) != ",") continue;
      uint32_t begin = name_end + 1;  // past the comma and a determiner ("Paul Dales, chief economist at ...")
      uint32_t title_begin = begin;   // "Twitter's chief executive": the possessor stays in the title
      if (is(begin, kDeterminer)) ++begin, ++title_begin;
      if (is_named_possessor(begin) && !is_apposition_title_word(begin)) begin += 2;  // "the ONS's chief economist"
      if (begin >= doc_.tokens.size()) continue;  // "..., Ann Lee, the" at the very end
      bool determiner = begin > name_end + 1;
      // The head: words up to a preposition ("the foreign minister" of "the foreign minister of Russia").
      uint32_t head_end = begin;
      bool titled = false;
      while (head_end < doc_.tokens.size() && head_end < begin + 5 && token(head_end).kind == TokenKind::Word &&
             (!is(head_end, kPreposition | kCopula | kAuxiliary) || possessive_inside(head_end)) &&
             text(head_end) != "to" && continues_apposition(head_end) &&
             (!token(head_end).has(kCapitalized) || is_apposition_title_word(head_end) ||
              names_organisation_at(head_end)))  // "a Tesla spokeswoman"
        titled = is_apposition_title_word(head_end++) || titled;
      // Without a determiner the apposition opens with its title ("chief economist at"; not "and Dr",
      // nor "Tehran" in a list of places), or with its organisation ("WHO regional director").
      bool opens_titled = is(begin, kTitleHead) || (lex_.titles.contains(text(begin)) && !joins_title(begin)) ||
                          names_organisation_at(begin) || modifies_title_head(begin);
      if (!titled || (!determiner && !opens_titled)) continue;
      uint32_t after_head = head_end < doc_.tokens.size() && text(head_end) == "." ? head_end + 1 : head_end;
      if (starts_person_name(after_head)) continue;  // "former coach Bobby Knight", "Sen. Tim Scott": another's title
      uint32_t end = head_end;
      while (end < doc_.tokens.size() && end < head_end + 8 && continues_apposition(end)) ++end;
      bool closed = end >= doc_.tokens.size() || text(end) == "," || ends_sentence(end) || text(end) == "who" ||
                    closes_participle_phrase(end);  // "..., the conservative leader expected to become chancellor,"
      if (!closed) end = before_second_apposition(head_end, end);  // "..., a professor at Yale and the study's author"
      if (end == head_end && !closed) continue;
      add_title(m.entity, title_begin, end, end);  // the affiliation comes from the named organisation, below
      std::string& affiliation = doc_.entities[static_cast<size_t>(m.entity)].affiliation;
      if (affiliation.empty()) affiliation = apposition_affiliation(title_begin, end);
      if (affiliation.empty() && title_begin < begin && !names_person(title_begin))
        affiliation = text(title_begin);  // "X's chief executive": X
      uint32_t mention_begin = is(name_end + 1, kDeterminer) ? name_end + 1 : title_begin;
      add_mention(m.entity, mention_begin, head_end, mention_begin, MentionKind::Nominal, 0.9f, "entity.apposition");
    }
  }

  // "global head of macro", "deputy regional director": one or two lower-case words, then a
  // lower-case title word or head.
  bool modifies_title_head(uint32_t t) const {
    for (uint32_t k = t; k < t + 2 && k + 1 < doc_.tokens.size() && is_lower_case_word(k); ++k) {
      std::string_view w = text(k);
      if (is(k, kFunctionWords | kCueWord | kAuxiliary | kCopula) || w == "and" || w == "or" || w == "but")
        return false;  // ", and former CEO Carly Fiorina": a list goes on
      if (is_lower_case_word(k + 1) && !is(k + 1, kFunctionWords) &&
          (is(k + 1, kTitleHead) || lex_.titles.contains(text(k + 1))))
        return true;
    }
    return false;
  }

  // A participle in -ed, then only words up to a comma: a phrase that describes the title before it
  // ("expected to become chancellor", "elected by the party").
  bool closes_participle_phrase(uint32_t t) const {
    if (t >= doc_.tokens.size() || token(t).kind != TokenKind::Word || !text(t).ends_with("ed")) return false;
    for (uint32_t k = t + 1; k < doc_.tokens.size() && k <= t + kParticipleWords; ++k) {
      if (text(k) == ",") return true;
      if (token(k).kind != TokenKind::Word || token(k).has(kSentenceStart)) return false;
    }
    return false;
  }
  static constexpr uint32_t kParticipleWords = 8;

  // The "and" in [begin, end) that opens a second description with a determiner ("and the study's
  // senior author"), or begin when there is none.
  uint32_t before_second_apposition(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin; t + 1 < end; ++t)
      if (text(t) == "and" && is(t + 1, kDeterminer)) return t;
    return begin;
  }

  // The word at t is a name or a surname of a person found so far.
  bool names_person(uint32_t t) const {
    std::string word(text(t));
    auto first = by_first_word_.find(word);  // "Veltra" of "Veltra Corp" names no person
    bool first_name =
        first != by_first_word_.end() && doc_.entities[static_cast<size_t>(first->second)].type == EntityType::Person;
    return names(t, t + 1, EntityType::Person) || by_surname_.count(word) || first_name;
  }

  // After a person's name, "(R-Okla.)" or ", D-Mass.," (before the second comma): where the name's
  // phrase goes on. The party the label names becomes the person's affiliation.
  uint32_t past_party_label(const Mention& m) {
    uint32_t t = m.end_token;
    if (t + 2 >= doc_.tokens.size() || (text(t) != "(" && text(t) != ",")) return t;
    std::string_view label = text(t + 1);
    if (label.size() < 3 || label[1] != '-' || !token(t + 1).has(kCapitalized)) return t;
    const auto* party = lex_.party_labels.find(label.substr(0, 1));
    if (!party || party->empty()) return t;
    uint32_t end = t + 2;  // past "." and the letters of "Okla.", "N.Y."
    while (end < doc_.tokens.size() && end < t + kLabelTail &&
           (text(end) == "." || (text(end).size() <= 2 && token(end).has(kCapitalized))))
      ++end;
    bool closed = end < doc_.tokens.size() && text(end) == (text(t) == "(" ? ")" : ",");
    if (!closed) return t;
    std::string& affiliation = doc_.entities[static_cast<size_t>(m.entity)].affiliation;
    if (affiliation.empty()) affiliation = (*party)[0];
    return text(t) == "(" ? end + 1 : end;
  }
  static constexpr uint32_t kLabelTail = 6;  // tokens after "(": "D-N", ".", "Y", "."

  // "Twitter's" at t: a capitalised word and its possessive ending, then a word.
  bool is_named_possessor(uint32_t t) const {
    return t + 2 < doc_.tokens.size() && token(t).has(kCapitalized) && token(t).kind == TokenKind::Word &&
           is_possessive_ending(text(t + 1)) && token(t + 2).kind == TokenKind::Word;
  }

  // "the union's general secretary": a possessive between two words of a phrase, not the copula of "he's".
  bool possessive_inside(uint32_t t) const {
    return t > 0 && is_possessive_ending(text(t)) && token(t - 1).kind == TokenKind::Word && !is(t - 1, kPronounWord) &&
           t + 1 < doc_.tokens.size() && token(t + 1).kind == TokenKind::Word;
  }

  // The last organisation an apposition names ("professor of economics at Cornell University",
  // "spokesman for the National Federation of Independent Business"), else its country.
  std::string apposition_affiliation(uint32_t begin, uint32_t end) {
    uint32_t org_begin = end, org_end = end;
    for (uint32_t t = begin; t < end;) {
      if (!token(t).has(kCapitalized)) {
        ++t;
        continue;
      }
      uint32_t run_end = t + 1;
      while (run_end < end && (token(run_end).has(kCapitalized) ||
                               (joins_name(run_end) && run_end + 1 < end && token(run_end + 1).has(kCapitalized))))
        ++run_end;
      bool org = lex_.organisations.find(phrase(t, run_end)) != nullptr || names(t, run_end, EntityType::Org);
      for (uint32_t k = t; k < run_end && !org; ++k) org = lex_.org_words.contains(text(k));
      if (org && !names(t, run_end, EntityType::Person)) org_begin = t, org_end = run_end;  // not "Speaker Paul Ryan"
      t = run_end;
    }
    if (org_begin < end) {
      std::string org = phrase(org_begin, org_end);
      organisation_entity(org, org_begin, org_end);
      const auto* known = lex_.organisations.find(org);
      return known ? (*known)[0] : org;
    }
    for (uint32_t t = begin; t < end; ++t) {
      if (const auto* d = lex_.demonyms.find(text(t))) return (*d)[0];
      if (const auto* p = lex_.places.find(text(t))) return (*p)[0];
    }
    return {};
  }

  bool joins_name(uint32_t t) const {
    std::string_view w = text(t);
    return w == "of" || w == "for" || w == "and" || w == "&" || is_organisation_joint(t);
  }

  // "of", "the", "for", "and": in titles.list so that "Secretary of State" holds together, but no
  // title on their own.
  bool joins_title(uint32_t t) const {
    std::string_view w = text(t);
    return w == "of" || w == "the" || w == "for" || w == "and";
  }

  // A title, a country or a place; not an organisation word ("an outside group", "several times").
  bool is_apposition_title_word(uint32_t t) const {
    if (token(t).kind != TokenKind::Word || token(t).has(kSentenceStart) || joins_title(t)) return false;
    std::string_view w = text(t);
    return is(t, kTitleHead) || lex_.titles.contains(w) || lex_.demonyms.find(w) || lex_.places.find(w);
  }

  bool ends_sentence(uint32_t t) const { return t + 1 >= doc_.tokens.size() || token(t + 1).has(kSentenceStart); }

  bool continues_apposition(uint32_t t) const {
    const Token& tok = token(t);
    if (tok.has(kSentenceStart) || tok.kind == TokenKind::Dash) return false;
    if (tok.kind == TokenKind::Quote) return tok.quote_role == QuoteRole::Apostrophe;  // "the machinists' union"
    if (tok.kind == TokenKind::Punct) return text(t) == "." && !ends_sentence(t);      // "Gen." inside the complement
    std::string_view w = text(t);
    return !is(t, kCueWord | kPronounWord) && w != "who" && w != "which" && w != "that";
  }

  static constexpr uint32_t kLongestTitle = 12;  // words: longer runs are not searched for known names

  // "Saudi Energy Minister": organisation words between a demonym and a title's head name the
  // portfolio, not an organisation.
  bool names_portfolio(uint32_t begin, uint32_t org_end, uint32_t end) const {
    if (org_end >= end || !lex_.titles.contains(text(org_end)) || !lex_.demonyms.find(text(begin))) return false;
    if (lex_.organisations.find(phrase(begin, org_end))) return false;  // "European Commission President"
    for (uint32_t t = begin + 1; t < org_end; ++t)
      if (!lex_.org_words.contains(text(t))) return false;
    return true;
  }

  // The organisation a title names ("US Department of State Spokesman" -> "US Department of State"),
  // else the country of its demonym or place ("Russian Foreign Minister" -> "Russia").
  std::string affiliation_of(uint32_t begin, uint32_t end) {
    end = before_destination(begin, end);
    uint32_t last_org = begin;
    for (uint32_t t = begin; t < end; ++t)  // not "spokeswoman for the company": a name is capitalised
      if (lex_.org_words.contains(text(t)) && token(t).has(kCapitalized)) last_org = t + 1;
    uint32_t org_end = last_org;
    // "Department of State": an org word followed by "of X" keeps its complement.
    if (org_end > begin && org_end + 1 < end && text(org_end) == "of") org_end += 2;
    // "White House press secretary": a known organisation inside the span is the whole of it.
    for (uint32_t known_end = org_end; known_end > begin && org_end - begin <= kLongestTitle; --known_end)
      if (lex_.organisations.find(phrase(begin, known_end))) {
        org_end = known_end;
        break;
      }
    // "Federal Reserve Chair": a known organisation of several words opens the title.
    for (uint32_t known_end = std::min(end, begin + kLongestTitle); org_end == begin && known_end > begin + 1;
         --known_end)
      if (const auto* known = lex_.organisations.find(phrase(begin, known_end))) {
        organisation_entity(phrase(begin, known_end), begin, known_end);
        return (*known)[0];
      }
    if (org_end > begin && !names_portfolio(begin, org_end, end)) {
      std::string org = phrase(begin, org_end);
      organisation_entity(org, begin, org_end);
      return org;
    }
    for (uint32_t t = begin; t < end; ++t) {
      if (lex_.organisations.find(text(t)) && token(t).has(kCapitalized)) {  // "NATO Secretary-General"
        organisation_entity(std::string(text(t)), t, t + 1);
        return (*lex_.organisations.find(text(t)))[0];
      }
    }
    if (int32_t employer = begin < end ? named_at(begin, EntityType::Org) : -1; employer >= 0)
      return doc_.entities[static_cast<size_t>(employer)].name;  // "Manchester United manager"
    for (uint32_t t = begin; t < end; ++t) {
      if (const auto* d = lex_.demonyms.find(text(t))) return (*d)[0];
      if (const auto* p = lex_.places.find(text(t))) return (*p)[0];
    }
    return {};
  }

  // "US Ambassador to the UN": what follows "to" in a title is where the holder is sent, not whom
  // the holder works for.
  uint32_t before_destination(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin + 1; t < end; ++t)
      if (text(t) == "to") return t;
    return end;
  }

  void organisation_entity(const std::string& org, uint32_t begin, uint32_t end) {
    const auto* known = lex_.organisations.find(org);
    if (!known) return;
    int32_t e = entity_for((*known)[0], EntityType::Org, "entity.organisation");
    if (known->size() >= 3 && doc_.entities[e].affiliation.empty()) doc_.entities[e].affiliation = (*known)[2];
    add_mention(e, begin, end, begin, MentionKind::Name, 1.0f, "entity.title-organisation");
  }

  int32_t entity_for(const std::string& name, EntityType type, const std::string& rule) {
    auto it = by_name_.find(name);
    if (it != by_name_.end()) return it->second;
    Entity e;
    e.name = name;
    e.type = type;
    e.rule = rule;
    doc_.entities.push_back(std::move(e));
    int32_t index = static_cast<int32_t>(doc_.entities.size() - 1);
    by_name_[name] = index;
    if (type == EntityType::Org) remember_end_words(name);
    return index;
  }

  // "Manchester United" -> "Manchester", "United": words that alone may shorten the organisation.
  void remember_end_words(std::string_view name) {
    size_t first_space = name.find(' '), last_space = name.rfind(' ');
    if (first_space == std::string_view::npos) return;
    organisation_end_words_.emplace(name.substr(0, first_space));
    organisation_end_words_.emplace(name.substr(last_space + 1));
  }

  void add_mention(int32_t entity, uint32_t begin, uint32_t end, uint32_t extent_begin, MentionKind kind,
                   float confidence, const std::string& rule) {
    add_mention_to(doc_.mentions, entity, begin, end, extent_begin, kind, confidence, rule);
  }

  void add_mention_to(std::vector<Mention>& sink, int32_t entity, uint32_t begin, uint32_t end, uint32_t extent_begin,
                      MentionKind kind, float confidence, const std::string& rule) {
    Mention m;
    m.span = {token(begin).begin, token(end - 1).end};
    m.extent = {token(extent_begin).begin, m.span.end};
    m.kind = kind;
    m.entity = entity;
    m.first_token = begin;
    m.end_token = end;
    m.confidence = confidence;
    m.rule = rule;
    if (&sink == &doc_.mentions) {
      if (has_mention(begin, end)) return;  // one mention a span: the first pass that found it
      index_mention(m);
    }
    cover(m);
    sink.push_back(std::move(m));
  }

  // What the apposition and surname passes ask of the mentions found so far, in constant time.
  void index_mention(const Mention& m) {
    mention_spans_.insert(uint64_t{m.first_token} << 32 | m.end_token);
    if (m.kind != MentionKind::Name) return;
    name_starts_at_[m.first_token] = 1;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) name_entity_at_[t] = m.entity;
  }

  bool has_mention(uint32_t begin, uint32_t end) const { return mention_spans_.count(uint64_t{begin} << 32 | end) > 0; }

  bool starts_person_name(uint32_t t) const {
    return t < name_starts_at_.size() && name_starts_at_[t] && name_entity_at_[t] >= 0 &&
           doc_.entities[static_cast<size_t>(name_entity_at_[t])].type == EntityType::Person;
  }

  // Some name of an entity of that type lies in [begin, end).
  bool names(uint32_t begin, uint32_t end, EntityType type) const {
    for (uint32_t t = begin; t < end; ++t)
      if (name_entity_at_[t] >= 0 && doc_.entities[static_cast<size_t>(name_entity_at_[t])].type == type) return true;
    return false;
  }

  // "ROSSI" -> "Rossi"; other words as they are.
  std::string name_case(std::string_view w) const {
    std::string out(w);
    if (out.size() < 2 || !std::all_of(out.begin(), out.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return out;
    std::transform(out.begin() + 1, out.end(), out.begin() + 1,
                   [](char c) { return static_cast<char>(c - 'A' + 'a'); });
    return out;
  }

  static int32_t find_in(const std::map<std::string, int32_t>& names, const std::string& name) {
    auto it = names.find(name);
    return it == names.end() ? -1 : it->second;
  }

  void link_surnames() {
    std::sort(surname_runs_.begin(), surname_runs_.end());
    surname_runs_.erase(std::unique(surname_runs_.begin(), surname_runs_.end()), surname_runs_.end());
    for (auto [begin, end] : surname_runs_) {
      // A full name seen in a headline ("Jin Lee Says ..."), else a surname ("Lee").
      int32_t entity = end - begin > 1 ? find_in(by_name_, phrase(begin, end)) : -1;
      if (entity < 0) entity = find_in(by_surname_, std::string(text(end - 1)));
      if (entity < 0) entity = find_in(by_surname_, name_case(text(end - 1)));  // "ROSSI:" in a transcript
      if (entity < 0 && end - begin == 1) entity = find_in(by_first_word_, std::string(text(begin)));
      if (entity < 0 && end - begin == 1) entity = find_in(by_inner_word_, std::string(text(begin)));
      if (entity < 0) continue;
      while (begin > 0 && lex_.particles.contains(text(begin - 1))) --begin;  // "von der Leyen"
      uint32_t h = honorific_start(begin);
      add_mention(entity, begin, end, h, MentionKind::Name, 0.9f, "entity.surname");
    }
  }

  // "Mayor says city faces $50 million shortfall", then "Mayor Dana Ruiz says": a title alone before a
  // cue in the headline is the one person the article gives that title.
  void add_headline_titles() {
    if (!first_paragraph_is_headline()) return;
    for (uint32_t t = 0; t + 1 < doc_.paragraphs[0].end_token; ++t) {
      if (!token(t).has(kCapitalized) || covered_by_mention(t) || !lex_.titles.contains(text(t))) continue;
      if (!is(t + 1, kCueWord) || (t > 0 && token(t - 1).has(kCapitalized))) continue;
      if (int32_t e = only_person_titled(text(t)); e >= 0)
        add_mention(e, t, t + 1, t, MentionKind::Nominal, 0.6f, "coref.headline-title");
    }
  }

  int32_t only_person_titled(std::string_view word) const {
    std::string lower = ascii_lower(word);
    int32_t found = -1;
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const Entity& e = doc_.entities[i];
      if (e.type != EntityType::Person) continue;
      bool titled = std::any_of(e.titles.begin(), e.titles.end(), [&](const std::string& title) {
        std::string_view last = title;
        last = last.substr(last.find_last_of(' ') + 1);
        return folds_to(last, lower);
      });
      if (!titled) continue;
      if (found >= 0) return -1;
      found = static_cast<int32_t>(i);
    }
    return found;
  }

  void link_pronouns() {
    link_surnames();
    distribute_respectively();
    sort_mentions();
    named_mentions_ = doc_.mentions.size();  // add_nominals appends after this sorted prefix
    add_organisations_before_titles();
    add_nominals();
    add_headline_titles();
    complete_affiliations();
    sort_mentions(named_mentions_);
    std::deque<Mention> pronouns;  // stable addresses: a resolved pronoun is a candidate for the next
    size_t next_mention = 0;
    std::vector<const Mention*> persons_so_far, others_so_far;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        // Mentions opening before t: "His" in "His wife said" cannot be the wife.
        while (next_mention < doc_.mentions.size() && doc_.mentions[next_mention].first_token < t) {
          const Mention& m = doc_.mentions[next_mention++];
          (doc_.entities[m.entity].type == EntityType::Person ? persons_so_far : others_so_far).push_back(&m);
        }
        if (!is(t, kPronounWord)) continue;
        const auto* info = lex_.pronouns.find(text(t));
        if (!info || info->size() < 3) continue;
        const std::string& points_to = (*info)[2];
        std::optional<Mention> m;
        if (points_to == "person") {
          int32_t subject = subject_after_opening_phrase(t, s, (*info)[0][0]);
          m = subject >= 0 ? pronoun_mention(t, subject, 0.8f, "coref.pronoun-opening-phrase")
                           : resolve_pronoun(t, s, (*info)[0][0], persons_so_far);
        }
        if (points_to == "group" || points_to == "thing")
          m = resolve_to_nearest(t, s, others_so_far, points_to == "group");
        if (points_to == "relative") m = resolve_relative(t);
        if (points_to == "author") m = voice_mention(t, author_, "the author", "author");
        if (points_to == "reader") m = voice_mention(t, reader_, "the reader", "reader");
        if (!m) continue;
        pronouns.push_back(*m);
        if (points_to == "person" && m->entity >= 0 &&
            doc_.entities[static_cast<size_t>(m->entity)].type == EntityType::Person)
          persons_so_far.push_back(&pronouns.back());  // "According to her, ... She added": a chain
      }
    }
    size_t sorted = doc_.mentions.size();
    for (auto& p : pronouns) doc_.mentions.push_back(std::move(p));
    for (auto& p : pending_) doc_.mentions.push_back(std::move(p));
    pending_.clear();
    sort_mentions(sorted);
  }

  // Stable, by first token. Mentions before `sorted_prefix` are known to be in order already, and
  // those after it mostly are (each pass appends in text order): then a merge does.
  void sort_mentions(size_t sorted_prefix = 0) {
    auto by_start = [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; };
    auto& m = doc_.mentions;
    auto middle = m.begin() + static_cast<std::ptrdiff_t>(sorted_prefix);
    if (!std::is_sorted(middle, m.end(), by_start))
      std::stable_sort(m.begin(), m.end(), by_start);
    else if (sorted_prefix > 0)
      std::inplace_merge(m.begin(), middle, m.end(), by_start);
  }

  Mention pronoun_mention(uint32_t t, int32_t entity, float confidence, std::string rule) const {
    Mention m;
    m.span = {token(t).begin, token(t).end};
    m.extent = m.span;
    m.kind = MentionKind::Pronoun;
    m.entity = entity;
    m.first_token = t;
    m.end_token = t + 1;
    m.confidence = confidence;
    m.rule = std::move(rule);
    return m;
  }

  static constexpr int kSubjectReach = 16;   // mentions looked back at for the sentence's subject
  static constexpr int kPronounReach = 256;  // person mentions looked back at for a pronoun

  // Mention m lies in the prepositional phrase that opens sentence s, and token t after its comma:
  // "In a statement, it said", "In an interview with CNN, she said". Not after a subordinator: in
  // "While Clinton is a supporter of ..., she has never said" the clause's subject is hers.
  bool in_opening_phrase(const Mention& m, uint32_t t, uint32_t s) const {
    if (m.first_token <= doc_.sentences[s].first_token || t <= m.end_token) return false;
    uint32_t first = subject_start(s);
    if (m.first_token <= first) return false;
    if (!is(first, kPreposition) || lex_.subordinators.contains(text(first))) return false;
    for (uint32_t k = first + 1; k < t && k <= first + kOpeningPhrase; ++k)
      if (text(k) == ",") return m.end_token <= k;
    return false;
  }
  static constexpr uint32_t kOpeningPhrase = 12;  // tokens: "In a May 2012 message to Hillary Clinton"

  // "In his nightly address, President Jo Park said": a possessive in the prepositional phrase that
  // opens the sentence is the person named right after its comma, who is the sentence's subject.
  // -1 when there is none of that gender.
  int32_t subject_after_opening_phrase(uint32_t t, uint32_t s, char gender) const {
    std::string_view pronoun = text(t);
    if (pronoun != "his" && pronoun != "His" && pronoun != "her" && pronoun != "Her") return -1;
    uint32_t first = subject_start(s);
    if (t <= first || t >= first + kOpeningPhrase) return -1;
    if (t + 1 >= doc_.tokens.size() || token(t + 1).kind != TokenKind::Word) return -1;
    if (!is(first, kPreposition) || lex_.subordinators.contains(text(first))) return -1;
    if (names(first, t, EntityType::Person)) return -1;  // "At the moment Sanders announced his candidacy, Mook"
    uint32_t end = std::min(doc_.sentences[s].end_token, first + kOpeningPhrase);
    uint32_t comma = t + 1;
    while (comma < end && text(comma) != ",") ++comma;
    uint32_t name = comma + 1;
    while (name < end && name < comma + 4 && !starts_person_name(name) && is_title_word(name)) ++name;
    if (comma >= end || !starts_person_name(name)) return -1;
    int32_t subject = name_entity_at_[name];
    char g = doc_.entities[static_cast<size_t>(subject)].gender;
    return gender == '?' || g == '?' || g == gender ? subject : -1;
  }

  // The first token of sentence s, past a wire dateline ("WASHINGTON (Reuters) - The Fed held ...").
  uint32_t subject_start(uint32_t s) const {
    const Sentence& sentence = doc_.sentences[s];
    if (sentence.first_token != doc_.paragraphs[sentence.paragraph].first_token) return sentence.first_token;
    uint32_t after = after_dateline(doc_, sentence.paragraph);
    return after < sentence.end_token ? after : sentence.first_token;
  }

  // The mention stands first in the sentence that begins at token `first`, after a determiner or a
  // possessor ("Macron's office").
  bool opens_sentence(const Mention& m, uint32_t first) const {
    if (m.first_token == first) return true;
    if (m.first_token == first + 1) return is(first, kDeterminer);
    return m.first_token == first + 2 && token(first).has(kCapitalized) && is_possessive_ending(text(first + 1));
  }

  // The mention that opens sentence s (after a determiner), among the last kSubjectReach of `mentions`.
  const Mention* subject_of(uint32_t s, const std::vector<const Mention*>& mentions) const {
    uint32_t first = subject_start(s);
    int reach = kSubjectReach;
    for (auto it = mentions.rbegin(); it != mentions.rend() && (*it)->first_token >= first && reach-- > 0; ++it) {
      const Mention& m = **it;
      if (m.first_token >= doc_.sentences[s].end_token) continue;
      if (opens_sentence(m, first)) return &m;
    }
    return nullptr;
  }

  // "they", "it": the nearest group, organisation or place mentioned in this or the two sentences before.
  std::optional<Mention> resolve_to_nearest(uint32_t t, uint32_t s, const std::vector<const Mention*>& others,
                                            bool plural) const {
    // "the company said in a statement. ..., it added": what something was said in does not speak.
    bool speaks = t + 1 < doc_.tokens.size() && is(t + 1, kCueWord);
    auto fits = [&](const Mention& m) {
      EntityType type = doc_.entities[m.entity].type;
      bool group = type == EntityType::Group;
      if (speaks && type == EntityType::Other && m.first_token > 0 && folds_to(text(m.first_token - 1), "in"))
        return false;
      return plural ? (group || type == EntityType::Org) : !group;
    };
    // "Beijing is ready to talk, but it opposes tariffs": the subject of the pronoun's own sentence.
    uint32_t first = subject_start(s);
    int reach = kSubjectReach;  // bounded: a sentence without end must cost linear time
    for (auto it = others.rbegin(); it != others.rend() && (*it)->first_token >= first && reach-- > 0; ++it) {
      const Mention& m = **it;
      bool subject = opens_sentence(m, first);
      if (subject && t > m.end_token + 1 && fits(m)) return pronoun_mention(t, m.entity, 0.6f, "coref.pronoun-subject");
    }
    if (t == first && s > 0) {  // "The company said ... that it was ... It did not say": the last subject
      if (const Mention* m = subject_of(s - 1, others); m && fits(*m))
        return pronoun_mention(t, m->entity, 0.6f, "coref.pronoun-last-subject");
    }
    for (auto it = others.rbegin(); it != others.rend(); ++it) {
      const Mention* m = *it;
      if (sentence_of(m->first_token) + 2 < s) break;
      if (fits(*m) && !in_opening_phrase(*m, t, s))
        return pronoun_mention(t, m->entity, 0.6f, plural ? "coref.pronoun-group" : "coref.pronoun-thing");
    }
    // Nothing in reach: "they" is the last group or organisation named before, "it" the last
    // organisation, with a low confidence; "it" only as the source of a cue ("it said"), as far from
    // a thing it is mostly "it is up to ...".
    if (!plural && !reports_after(t)) return std::nullopt;
    for (auto it = others.rbegin(); it != others.rend(); ++it) {
      EntityType type = doc_.entities[(*it)->entity].type;
      if (type == EntityType::Org || (plural && type == EntityType::Group))
        return pronoun_mention(t, (*it)->entity, 0.4f, "coref.pronoun-distant");
    }
    return std::nullopt;
  }

  // "Price, who said ...", "officials who spoke": the mention that ends just before the relative pronoun.
  std::optional<Mention> resolve_relative(uint32_t t) {
    if (t < 1) return std::nullopt;
    // "that" is mostly a conjunction ("told Lavrov that ..."); it is a relative pronoun before a verb
    // of reporting ("a study that found").
    if (ascii_lower(text(t)) == "that" && !reports_after(t)) return std::nullopt;
    uint32_t end = text(t - 1) == "," || token(t - 1).kind == TokenKind::Dash ? t - 1 : t;
    if (const Mention* m = sorted_mention_ending_at(end); m && m->kind != MentionKind::Pronoun) {
      const Mention* head = ascii_lower(text(t)) == "who" ? person_before_preposition(*m) : nullptr;
      return pronoun_mention(t, (head ? head : m)->entity, 0.85f, "coref.relative-pronoun");
    }
    if (end < t) {  // "Senator Jeff Flake, Republican of Arizona, who ...": past an apposition to the name
      for (uint32_t k = end; k > 1 && end - k < 10; --k) {
        if (text(k - 1) != ",") continue;
        if (const Mention* named = sorted_mention_ending_at(k - 1);
            named && named->kind == MentionKind::Name && doc_.entities[named->entity].type == EntityType::Person)
          return pronoun_mention(t, named->entity, 0.7f, "coref.relative-pronoun");
      }
    }
    // "voters who ...", "a letter that said ...": the noun phrase before it is a source of its own.
    if (end == 0 || !is_common_noun(end - 1)) return std::nullopt;
    const Sentence& s = doc_.sentences[sentence_of(end - 1)];
    if (!has_modifier_or_plural(end - 1, s)) return std::nullopt;
    // Mentions found now wait in pending_: the walk holds pointers into doc_.mentions.
    add_nominal(end - 1, s, pending_, ascii_lower(text(t)) == "who" ? EntityType::Person : EntityType::Other);
    return pronoun_mention(t, pending_.back().entity, 0.8f, "coref.relative-pronoun");
  }

  // "a longtime adviser to Trump, who ...": the person whose phrase the mention completes.
  const Mention* person_before_preposition(const Mention& object) const {
    if (object.first_token < 2) return nullptr;
    uint32_t preposition = object.first_token - 1;
    if (!is(preposition, kPreposition) && text(preposition) != "to") return nullptr;
    const Mention* head = sorted_mention_ending_at(preposition);
    bool person = head && head->kind != MentionKind::Pronoun && doc_.entities[head->entity].type == EntityType::Person;
    return person ? head : nullptr;
  }

  // Mentions are sorted by first token: the one ending at `end` starts a few mentions before it.
  const Mention* sorted_mention_ending_at(uint32_t end) const {
    auto from = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), end,
                                 [](const Mention& m, uint32_t e) { return m.first_token < e; });
    for (int steps = 0; from != doc_.mentions.begin() && steps < 8; ++steps) {
      --from;
      if (from->end_token == end) return &*from;
    }
    return nullptr;
  }

  bool looks_plural_noun(uint32_t t) const {
    std::string_view w = text(t);
    if (token(t).kind != TokenKind::Word || covered_by_mention(t)) return false;
    if (token(t).has(kCapitalized) && !token(t).has(kSentenceStart)) return false;
    if (is(t, kCueWord | kPronounWord | kDeterminer)) return false;
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
  }

  // "I" and "we" outside quotation marks are the writer's voice, "you" the reader's.
  std::optional<Mention> voice_mention(uint32_t t, int32_t& entity, const char* name, const std::string& voice) {
    if (inside_quotation(token(t).begin)) return std::nullopt;
    if (entity < 0) {
      entity = static_cast<int32_t>(doc_.entities.size());
      Entity e;
      e.name = name;
      e.type = EntityType::Person;
      e.rule = "entity." + voice;
      doc_.entities.push_back(std::move(e));
    }
    return pronoun_mention(t, entity, 0.7f, "coref." + voice);
  }

  bool inside_quotation(uint32_t byte) {
    if (quoted_.empty() && !doc_.quotations.empty()) {
      for (const Quotation& q : doc_.quotations) quoted_.push_back(q.content);
      std::sort(quoted_.begin(), quoted_.end(), [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
      for (size_t i = 1; i < quoted_.size(); ++i) quoted_[i].end = std::max(quoted_[i].end, quoted_[i - 1].end);
    }
    auto it =
        std::upper_bound(quoted_.begin(), quoted_.end(), byte, [](uint32_t b, ByteSpan q) { return b < q.begin; });
    return it != quoted_.begin() && byte < std::prev(it)->end;
  }

  // Sources without a name: "the spokesman", "a senior official", "officials", "Democrats", "the
  // Russian president". A title used alone points to the person who holds it; the rest become
  // nominal entities of their own (a group when plural).
  void add_nominals() {
    covered_.assign(doc_.tokens.size(), 0);
    for (const Mention& m : doc_.mentions) cover(m);
    for (const Sentence& s : doc_.sentences) {
      std::pair<uint32_t, uint32_t> according{0, 0};  // the tokens of the source after "according to"
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (t + 1 < s.end_token && text(t + 1) == "to" && folds_to(text(t), "according"))
          according = source_after_according_to(t + 2, s);
        if (uint32_t n = group_at(t, s.end_token)) {
          int32_t e = entity_for(ascii_lower(phrase(t, t + n)), EntityType::Group, "entity.group");
          add_mention(e, t, t + n, t, MentionKind::Nominal, 0.8f, "entity.group");
          t += n - 1;
          continue;
        }
        if (is(t, kCounterpart)) {
          add_counterpart(t, s);
        } else if (names_a_people(t, s)) {  // "The Saudis have warned", "the Chinese have built"
          int32_t e = entity_for(ascii_lower(phrase(t, t + 2)), EntityType::Group, "entity.people");
          add_mention(e, t, t + 2, t, MentionKind::Nominal, 0.8f, "entity.people");
          ++t;
        } else if (names_respondents(t, s)) {  // "those polled say"
          int32_t e = entity_for(ascii_lower(phrase(t, t + 2)), EntityType::Group, "entity.respondents");
          add_mention(e, t, t + 2, t, MentionKind::Nominal, 0.8f, "entity.respondents");
          ++t;
        } else if (int32_t person = person_by_nationality(t, s); person >= 0) {
          add_mention_to(doc_.mentions, person, t, t + 2, t, MentionKind::Nominal, 0.7f, "coref.nationality");
          ++t;
        } else if (int32_t aged = person_by_age(t, s); aged >= 0) {
          uint32_t end = aged_phrase_end(t);
          add_mention_to(doc_.mentions, aged, t, end, t, MentionKind::Nominal, 0.7f, "coref.age");
          t = end - 1;
        } else if (t >= according.first && t < according.second && heads_phrase_after_according_to(t, s)) {
          add_nominal(t, s, doc_.mentions, EntityType::Other);  // "according to the filing", "multiple reports"
        } else if (is_nominal_head(t)) {
          add_nominal(t, s, doc_.mentions);
        } else if (heads_a_cue(t) && has_modifier_or_plural(t, s)) {
          add_nominal(t, s, doc_.mentions, EntityType::Other);
        }
      }
    }
  }

  // The tokens after "according to" at `begin` that may head its source: up to kAccordingWords, and
  // no further than the first that is no plain word ("according to the filing", "a CNN tally").
  std::pair<uint32_t, uint32_t> source_after_according_to(uint32_t begin, const Sentence& s) const {
    uint32_t end = std::min(s.end_token, begin + kAccordingWords);
    for (uint32_t t = begin; t < end; ++t)
      if (token(t).kind != TokenKind::Word || is(t, kPreposition | kCueWord)) return {begin, t + 1};
    return {begin, end};
  }

  // A lower-case word that no mention covers and that ends its phrase, in the source after "according
  // to": its head ("the filing", "a Russian readout" of "a Russian readout of the call").
  bool heads_phrase_after_according_to(uint32_t t, const Sentence& s) const {
    if (token(t).kind != TokenKind::Word || token(t).has(kCapitalized) || covered_by_mention(t)) return false;
    if (is(t, kDeterminer | kPreposition | kPronounWord) || is_possessive_ending(text(t))) return false;
    if (is(t, kCueWord) && !lex_.document_sources.contains(text(t))) return false;  // not "reports"
    if (token(t - 1).kind == TokenKind::Word && !is(t - 1, kDeterminer | kPreposition) && opens_reduced_relative(t - 1))
      return false;  // "compiled" of "data compiled by"
    return t + 1 >= s.end_token || token(t + 1).kind != TokenKind::Word || is(t + 1, kPreposition) ||
           token(t + 1).has(kCapitalized) || opens_reduced_relative(t);  // the phrase ends
  }

  // "data | compiled by LSEG", "figures | released on Monday": a participle in "-ed" after the head.
  bool opens_reduced_relative(uint32_t head) const {
    std::string_view next = text(head + 1), w = text(head);
    if (is(head, kAuxiliary | kCopula | kNegator) || w == "and" || w == "or" || w == "but") return false;
    return next.size() > 4 && next.ends_with("ed") && !w.ends_with("ly") && !token(head + 1).has(kCapitalized);
  }
  static constexpr uint32_t kAccordingWords = 5;  // "according to | the national meteorological institute"

  // "The Dutchman told BBC Sport", "The German said": a subject of "the" and one person's
  // nationality is the person of that country named last before it, where one is, else the subject
  // named last, else the person named last. -1 when token t opens no such subject.
  int32_t person_by_nationality(uint32_t t, const Sentence& s) const {
    if (t + 2 >= s.end_token || !is(t, kDeterminer) || !token(t + 1).has(kCapitalized)) return -1;
    if (ascii_lower(text(t)) != "the" || covered_by_mention(t + 1)) return -1;
    const auto* country = lex_.demonyms.find(text(t + 1));
    if (!country || country->empty() || looks_plural_noun(t + 1) || names_people_of(t + 1)) return -1;
    if (lex_.places.find(text(t + 1))) return -1;  // "the U.S. said"
    if (!is(t + 2, kCueWord | kAuxiliary | kCopula) || agrees_with_plural(t + 2)) return -1;
    int32_t nearest = -1, subject = -1;
    for (auto it = std::make_reverse_iterator(mentions_before(t)); it != doc_.mentions.rend(); ++it) {
      if (t - it->first_token > kNationalityReach) break;
      if (it->entity < 0) continue;
      const Entity& e = doc_.entities[static_cast<size_t>(it->entity)];
      if (e.type != EntityType::Person) continue;
      if (e.affiliation == (*country)[0]) return it->entity;
      bool other_country = !e.affiliation.empty() && lex_.places.find(e.affiliation);  // not "Liverpool captain"
      if (other_country) continue;
      if (nearest < 0) nearest = it->entity;
      if (subject < 0 && is_sentence_subject(*it)) subject = it->entity;
    }
    return subject >= 0 ? subject : nearest;
  }
  static constexpr uint32_t kNationalityReach = 120;  // tokens: about two paragraphs

  // A mention that, after titles and other names ("Chelsea manager Enzo Maresca") and a wire dateline,
  // opens its sentence: the sentence's subject. Not "By Tom Brennan".
  bool is_sentence_subject(const Mention& m) const {
    uint32_t first = subject_start(sentence_of(m.first_token));
    if (m.first_token < first || m.first_token - first > kTitleWordsBeforeSubject) return false;
    for (uint32_t t = first; t < m.first_token; ++t)
      if (!is_title_word(t) && !covered_by_mention(t) && (!token(t).has(kCapitalized) || is(t, kFunctionWords)))
        return false;
    return true;
  }
  static constexpr uint32_t kTitleWordsBeforeSubject = 6;
  static constexpr uint16_t kFunctionWords = kPreposition | kDeterminer | kPronounWord;

  // "The Saudis have warned", "the Chinese have built": "the" and a people.
  bool names_a_people(uint32_t t, const Sentence& s) const {
    if (t + 1 >= s.end_token || !is(t, kDeterminer) || !token(t + 1).has(kCapitalized)) return false;
    if (!folds_to(text(t), "the") || covered_by_mention(t + 1) || !lex_.demonyms.find(text(t + 1))) return false;
    return names_people_of(t + 1) || (t + 2 < s.end_token && agrees_with_plural(t + 2));
  }

  // "those polled say", "those surveyed were split": "those" and a participle that no list knows,
  // before a verb.
  bool names_respondents(uint32_t t, const Sentence& s) const {
    if (t + 2 >= s.end_token || !folds_to(text(t), "those") || flags_[t + 1] != 0) return false;
    const Token& participle = token(t + 1);
    std::string_view w = text(t + 1);
    return participle.kind == TokenKind::Word && !participle.has(kCapitalized) && w.size() > 4 && w.ends_with("ed") &&
           before_a_verb(t + 2);
  }

  // "the Russians", "the Saudis": a demonym in the plural names a people, not one person.
  bool names_people_of(uint32_t t) const {
    std::string_view w = text(t);
    return w.size() > 3 && w.back() == 's' && lex_.demonyms.find(w.substr(0, w.size() - 1));
  }

  // "the Chinese have built": a verb in the plural.
  bool agrees_with_plural(uint32_t t) const {
    for (std::string_view verb : {"have", "are", "were", "say"})
      if (folds_to(text(t), verb)) return true;
    return false;
  }

  // "the 24-year-old told reporters": a subject of "the" and an age is the person given that age
  // ("Dana Whitfield, 58,"), else the subject named last, else the person named last.
  int32_t person_by_age(uint32_t t, const Sentence& s) {
    uint32_t end = aged_phrase_end(t);
    if (end >= s.end_token || !is(t, kDeterminer) || !is(end, kCueWord | kAuxiliary | kCopula)) return -1;
    std::string_view age = years_of_age(text(t + 1));
    if (age.empty() || ascii_lower(text(t)) != "the") return -1;
    int32_t nearest = -1, subject = -1;
    for (auto it = std::make_reverse_iterator(mentions_before(t)); it != doc_.mentions.rend(); ++it) {
      if (t - it->first_token > kNationalityReach) break;
      if (it->entity < 0 || doc_.entities[static_cast<size_t>(it->entity)].type != EntityType::Person) continue;
      if (inside_quotation(token(it->first_token).begin)) continue;
      uint32_t after = it->end_token;
      if (after + 1 < t && text(after) == "," && text(after + 1) == age) return it->entity;
      if (nearest < 0) nearest = it->entity;
      if (subject < 0 && is_sentence_subject(*it)) subject = it->entity;
    }
    return subject >= 0 ? subject : nearest;
  }

  // The end of "the 24-year-old" or of "the 20-year-old American", "the 31-year-old striker".
  uint32_t aged_phrase_end(uint32_t t) const {
    uint32_t end = t + 2;
    if (end + 1 >= doc_.tokens.size() || token(end).kind != TokenKind::Word) return end;
    bool noun = token(end).has(kCapitalized) ? lex_.demonyms.find(text(end)) != nullptr : is(end, kTitleHead);
    return noun ? end + 1 : end;
  }

  // "24" of "24-year-old", or nothing.
  static std::string_view years_of_age(std::string_view word) {
    size_t digits = 0;
    while (digits < word.size() && is_ascii_digit(word[digits])) ++digits;
    bool age = digits > 0 && digits <= 3 && ascii_lower(word.substr(digits)) == "-year-old";
    return age ? word.substr(0, digits) : std::string_view();
  }

  std::vector<Mention>::const_iterator mentions_before(uint32_t t) const {
    auto named_end = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(named_mentions_);
    return std::lower_bound(doc_.mentions.cbegin(), std::vector<Mention>::const_iterator(named_end), t,
                            [](const Mention& m, uint32_t b) { return m.first_token < b; });
  }

  // Words of a phrase from rules/en/lists/groups.list starting at t ("both sides"), or 0.
  uint32_t group_at(uint32_t t, uint32_t end) const {
    if (!is(t, kGroupStart)) return 0;
    for (uint32_t n = std::min<uint32_t>(lex_.groups.max_words(), end - t); n >= 2; --n) {
      bool free = true;
      for (uint32_t k = t; k < t + n; ++k) free = free && !covered_by_mention(k) && token(k).kind == TokenKind::Word;
      if (free && lex_.groups.contains(ascii_lower(phrase(t, t + n)))) return n;
    }
    return 0;
  }

  // "Russian and US presidents, Vladimir Putin and Joe Biden respectively": each person gets the
  // title of the demonym in the same place ("US president" for Biden).
  void distribute_respectively() {
    for (uint32_t r = 0; r < doc_.tokens.size(); ++r) {
      if (text(r).size() != 12 || ascii_lower(text(r)) != "respectively") continue;
      const Mention* second = mention_ending_at(r);
      if (!second || second->first_token < 1 || text(second->first_token - 1) != "and") continue;
      const Mention* first = mention_ending_at(second->first_token - 1);
      if (!first || first->first_token < 6 || text(first->first_token - 1) != ",") continue;
      uint32_t title = first->first_token - 2, place2 = title - 1, place1 = title - 3;
      std::string role = singular(ascii_lower(text(title)));
      if (!lex_.titles.contains(role) || text(place2 - 1) != "and") continue;
      assign_title(first->entity, place1, role);
      assign_title(second->entity, place2, role);
    }
  }

  const Mention* mention_ending_at(uint32_t end) const {
    for (const Mention& m : doc_.mentions)
      if (m.end_token == end && m.kind == MentionKind::Name) return &m;
    return nullptr;
  }

  void assign_title(int32_t person, uint32_t place, const std::string& role) {
    const auto* country = lex_.demonyms.find(text(place));
    if (!country) country = lex_.places.find(text(place));
    if (!country || doc_.entities[person].type != EntityType::Person) return;
    Entity& e = doc_.entities[person];
    std::string title = std::string(text(place)) + " " + role;
    bool known = std::any_of(e.titles.begin(), e.titles.end(),
                             [&](const std::string& t) { return ascii_lower(t) == ascii_lower(title); });
    if (!known) e.titles.push_back(title);
    if (e.affiliation.empty()) e.affiliation = (*country)[0];
  }

  bool heads_noun_at(uint32_t t) const {
    return t < doc_.tokens.size() && is(t, kNominalSource | kTitleHead) && !token(t).has(kCapitalized);
  }

  bool is_nominal_head(uint32_t t) const {
    if (token(t).kind != TokenKind::Word || covered_by_mention(t)) return false;
    bool noun_follows = heads_noun_at(t + 1);  // "his chief aide", "a ministry spokesman"
    if (is(t, kNominalSource)) return !noun_follows;
    noun_follows =
        noun_follows || (heads_noun_at(t + 2) && flags_[t + 1] == 0 && token(t + 1).kind == TokenKind::Word &&
                         !token(t + 1).has(kCapitalized));  // "the chief operating officer"
    if (is(t, kQuantifier))
      return t + 1 < doc_.tokens.size() && before_a_verb(t + 1) && (text(t + 1) != "of" || names_people_after(t + 1));
    bool abbreviation = token(t).has(kAllCaps) && text(t).size() <= 3;  // "the PM", "the CEO"
    if (!is(t, kTitleHead) || (token(t).has(kCapitalized) && !abbreviation && !is_capitalised_title_alone(t)))
      return false;
    if (t > 0 && is(t - 1, kPreposition)) return false;  // "in general", "ran for governor", "as president"
    if (t > 0 && is(t - 1, kCopula) && !is_possessive_ending(text(t - 1)))
      return false;                                   // "expected to become chancellor": what, not who
    if (t > 0 && text(t - 1) == "who") return false;  // "who chairs the panel": a verb
    return !noun_follows && !modifies_noun_after(t);  // the last noun heads the phrase
  }

  // "one of them", "some of the officials", "many of his closest aides", "one of the Democrats", "some
  // of the operatives said"; not "an attack on one of the shows.": people within a few words after
  // "of", or a plural before a verb.
  bool names_people_after(uint32_t of) const {
    constexpr uint32_t kOfWords = 4;
    for (uint32_t k = of + 1; k < doc_.tokens.size() && k <= of + kOfWords; ++k) {
      if (token(k).kind != TokenKind::Word) return false;
      if ((is(k, kDeterminer) && !is(k, kPronounWord)) || is_possessive_ending(text(k))) continue;
      if (is(k, kNominalSource | kTitleHead | kPronounWord | kGroupStart) || token(k).has(kCapitalized)) return true;
      if (text(k).ends_with('s'))  // not "the shows."
        return k + 1 < doc_.tokens.size() && (is(k + 1, kAuxiliary | kCopula | kCueWord) || before_a_verb(k + 1));
    }
    return false;
  }

  // "the general election", "the general public": after a title that is an adjective too, a lower-case
  // word that no list knows and that reads as no verb ("the general ordered") is the head.
  bool modifies_noun_after(uint32_t t) const {
    if (t + 1 >= doc_.tokens.size() || token(t + 1).kind != TokenKind::Word || token(t + 1).has(kCapitalized))
      return false;
    if (!lex_.adjective_titles.contains(text(t))) return false;
    if (flags_[t + 1] != 0) return false;
    std::string_view w = text(t + 1);
    return w.size() > 2 && !w.ends_with("ed") && !w.ends_with('s') && !w.ends_with("ly");
  }

  static constexpr uint32_t kTitleRun = 6;  // capitalised words: "the Deputy Prime Minister"

  // "The Prime Minister said": a capitalised title after "the" that no name follows.
  bool is_capitalised_title_alone(uint32_t t) const {
    if (token(t).has(kSentenceStart) || (t + 1 < doc_.tokens.size() && token(t + 1).has(kCapitalized))) return false;
    for (uint32_t k = t; k > 0 && t - k < kTitleRun && !token(k).has(kSentenceStart) && token(k - 1).has(kCapitalized);
         --k) {
      if (text(k - 1) == "The") return true;
      if (!is_title_word(k - 1)) return false;
    }
    return t > 0 && (text(t - 1) == "the" || text(t - 1) == "The");
  }

  bool before_a_verb(uint32_t t) const {
    while (t + 1 < doc_.tokens.size() && is(t, kAuxiliary | kNegator)) ++t;
    std::string w = ascii_lower(text(t));
    return lex_.cues.find(w) || w == "who" || w == "of" || w == "have" || w == "are" || w == "were" || w == "had" ||
           w == "," || w == "could" || w == "can" || w == "may" || w == "might" || w == "should" || w == "must";
  }

  static std::string_view singular_view(std::string_view w) {
    for (auto [plural, one] : kIrregularPlurals)
      if (w == plural) return one;
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
    return w;
  }
  static constexpr std::pair<std::string_view, std::string_view> kIrregularPlurals[] = {
      {"people", "person"}, {"men", "man"}, {"women", "woman"}, {"children", "child"}};
  static std::string singular(std::string_view w) { return std::string(singular_view(w)); }

  bool covered_by_mention(uint32_t t) const { return t < covered_.size() && covered_[t]; }

  // The tokens of a mention with its titles ("US Department of State Spokesman Ned Price").
  void cover(const Mention& m) {
    auto first = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.extent.begin,
                                  [](const Token& t, uint32_t b) { return t.begin < b; });
    for (auto t = static_cast<uint32_t>(first - doc_.tokens.begin()); t < m.end_token && t < covered_.size(); ++t)
      covered_[t] = std::max(covered_[t], doc_.entities[m.entity].type == EntityType::Gpe ? kPlaceCover : kCover);
  }
  static constexpr uint8_t kPlaceCover = 1, kCover = 2;
  bool covered_by_place(uint32_t t) const { return t < covered_.size() && covered_[t] == kPlaceCover; }

  // "The email said", "investors say", "the campaign has announced": the noun before a reporting
  // verb is its source, named or not.
  bool heads_a_cue(uint32_t t) const {
    const auto* cue = cue_after(t);
    if (!cue || !is_common_noun(t)) return false;
    // A base form is a verb after a plural ("investors say"), a noun after a singular ("90 percent support").
    return (*cue)[1] != "base" || looks_plural_noun(t);
  }

  bool is_common_noun(uint32_t t) const {
    if (token(t).kind != TokenKind::Word || covered_by_mention(t) || is(t, kPronounWord)) return false;
    if (token(t).has(kCapitalized) && !token(t).has(kSentenceStart)) return false;
    std::string_view w = text(t);
    bool adverb = w.size() > 5 && w.ends_with("ally");             // "a politically charged visit"; not "an ally"
    return w.size() > 2 && !adverb && !is_reflexive_pronoun(w) &&  // "the senators themselves say"
           !is(t, kCueWord | kDeterminer | kPreposition | kAuxiliary | kNegator | kCopula) &&
           !lex_.not_names.contains(w);
  }

  // A noun phrase, not a stray word: a determiner or possessive before it ("the email", "Clinton's
  // campaign"), a name it modifies ("the Trump campaign"), or a plural ("investors").
  bool has_modifier_or_plural(uint32_t head, const Sentence& s) const {
    if (looks_plural_noun(head)) return true;
    for (uint32_t k = head; k > s.first_token && head - k < kNominalModifiers + 1;) {
      --k;
      std::string_view w = text(k);
      if (is(k, kDeterminer) || is_possessive_ending(w) || covered_by_mention(k)) return true;
      bool capitalised_modifier =
          token(k).kind == TokenKind::Word && token(k).has(kCapitalized);  // "a California investor"
      if (!is_common_noun(k) && !capitalised_modifier) return false;
    }
    return false;
  }

  static constexpr uint32_t kNominalModifiers = 3;  // "the company's chief executive"

  void add_nominal(uint32_t head, const Sentence& s, std::vector<Mention>& sink,
                   EntityType unknown = EntityType::Person) {
    if (follows_infinitive_to(head)) return;                                     // "is expected to report": a verb
    if (unknown == EntityType::Person && follows_time_possessive(head)) return;  // "Thursday's general election"
    std::string head_word = singular(ascii_lower(text(head)));
    bool plural = head_word != ascii_lower(text(head));
    if (!plural && add_organisation_of_person(head, head_word, s, sink)) return;
    uint32_t begin = head;
    // Back over modifiers to a determiner: "a senior official", "the Russian president".
    for (uint32_t k = head; k > s.first_token && head - k < kNominalModifiers + 1;) {
      --k;
      if (covered_by_place(k) && !is_possessive_ending(text(k + 1))) {  // "the New Jersey governor"
        uint32_t first = k;
        while (first > s.first_token && covered_by_place(first - 1)) --first;
        if (first > s.first_token && is(first - 1, kDeterminer) && !covered_by_mention(first - 1)) begin = first - 1;
        break;
      }
      if (plural && names_person_before_head(k, head)) {
        begin = first_of_name(k, s);  // "Clinton allies", "Biden administration officials"
        break;
      }
      if (token(k).kind != TokenKind::Word || covered_by_mention(k)) {
        if (k + 2 < head && is_possessive_ending(text(k + 1))) begin = k + 2;  // "the company's chief executive"
        break;
      }
      bool finite_cue =
          is_finite_cue_form(k) && !(k > s.first_token && is(k - 1, kDeterminer));  // "the alleged victim"
      bool verb = (is(k, kAuxiliary | kNegator) || finite_cue) && !is_possessive_ending(text(k));
      if (verb) break;  // "the delay would give staff", "The President said voters"
      if (is(k, kDeterminer)) {
        begin = k;
        break;
      }
      if (lex_.pronouns.find(text(k)) || is(k, kPreposition)) break;  // "an attack on | one"
      if (k + 2 <= head && is_possessive_ending(text(k + 1)) && !is_possessive_ending(text(k)))
        begin = k;  // "Labour's health spokesman": the possessor opens the phrase
    }
    if (plural && begin < head && is_singular_determiner(begin)) begin = head;  // "a move | analysts said"
    std::string phrase = nominal_name(possessor_start(begin, s), head + 1);
    // "The council's chairwoman, Linda Park, disagreed", "Ukraine's ambassador to the United Nations,
    // Sergiy Kyslytsya, said": the person named right after.
    uint32_t comma = past_named_complement(head, s.end_token);
    bool object_of_preposition = begin > s.first_token && (is(begin - 1, kPreposition) || text(begin - 1) == "to");
    if (!plural && !object_of_preposition && comma + 1 < s.end_token && text(comma) == "," &&
        starts_person_name(comma + 1) && !opening_phrase_before_subject(begin, comma + 1, s)) {
      int32_t named = name_entity_at_[comma + 1];
      add_title(named, possessor_start(begin, s), comma);  // "Labour's health spokesman"
      add_mention_to(sink, named, begin, head + 1, begin, MentionKind::Nominal, 0.8f, "entity.apposition");
      return;
    }
    bool possessor = head + 1 < s.end_token && is_possessive_ending(text(head + 1));  // "the governor's"
    if (int32_t holder = person_serving_as(possessor_start(begin, s)); !plural && !possessor && holder >= 0) {
      add_title(holder, possessor_start(begin, s), head + 1);  // "who served as the governor's deputy chief"
      add_mention_to(sink, holder, begin, head + 1, begin, MentionKind::Nominal, 0.8f, "entity.role-as");
      return;
    }
    std::string_view opener = text(begin);  // "One diplomat", "another governor", "a senator": someone new
    bool one_of_several = begin < head && (folds_to(opener, "one") || folds_to(opener, "another") ||
                                           folds_to(opener, "a") || folds_to(opener, "an"));
    if (lex_.title_heads.contains(head_word) && !plural && !one_of_several) {  // "the presidents" are not one person
      if (int32_t holder = title_holder(head_word, begin, head); holder >= 0) {
        add_mention_to(sink, holder, begin, head + 1, begin, MentionKind::Nominal, 0.7f, "coref.title-alone");
        return;
      }
    }
    if (!plural && lex_.org_words.contains(head_word)) {  // "Goldman Sachs, the investment firm,"
      if (int32_t named = organisation_before_comma(begin); named >= 0) {
        add_mention_to(sink, named, begin, head + 1, begin, MentionKind::Nominal, 0.8f, "entity.apposition");
        return;
      }
    }
    if (std::string noun = organisation_noun(begin, head, head_word); !plural && !noun.empty()) {
      if (int32_t named = organisation_named_before(noun, begin); named >= 0) {
        add_mention_to(sink, named, begin, head + 1, begin, MentionKind::Nominal, 0.7f, "coref.organisation-noun");
        return;
      }
    }
    bool document = lex_.document_sources.contains(head_word);
    bool person = !document && (lex_.title_heads.contains(head_word) || lex_.nominal_sources.contains(head_word) ||
                                lex_.noun_gender.find(head_word));  // "another man"
    EntityType type = document                                              ? EntityType::Other
                      : plural || lex_.collective_nouns.contains(head_word) ? EntityType::Group  // "the crowd"
                      : lex_.org_words.contains(head_word) || is_organisation_kind(head_word) ? EntityType::Org
                      : person                                                                ? EntityType::Person
                                                                                              : unknown;
    int32_t e = entity_for(phrase, type, "entity.nominal");
    add_mention_to(sink, e, begin, head + 1, begin, MentionKind::Nominal, 0.8f, "entity.nominal");
    if (type == EntityType::Person && doc_.entities[e].affiliation.empty())
      doc_.entities[e].affiliation = country_in(begin, head);  // "a Chinese foreign ministry spokesman"
    if (const auto* g = lex_.noun_gender.find(head_word); type == EntityType::Person && g && !g->empty())
      doc_.entities[e].gender = (*g)[0][0];  // "her father": he
  }

  // The person named before ", who served as" that ends right before token t, or -1.
  int32_t person_serving_as(uint32_t t) const {
    if (t < 5 || text(t - 1) != "as" || !lex_.role_verbs.contains(text(t - 2)) || text(t - 3) != "who" ||
        text(t - 4) != ",")
      return -1;
    return named_at(t - 5, EntityType::Person);
  }

  // A weekday's or a month's possessive right before token t ("Thursday's general election"): what
  // follows is an event of that day, not someone ("last year's winner" may be).
  bool follows_time_possessive(uint32_t t) const {
    if (t < 2 || !is_possessive_ending(text(t - 1))) return false;
    return lex_.weekdays.find(text(t - 2)) || lex_.months.find(text(t - 2));
  }

  // "The Trump campaign said", "the Biden administration": an organisation word after a person's
  // name, opened by a determiner or the sentence, is the organisation of that person and speaks for
  // itself. The name stays a mention of the person.
  bool add_organisation_of_person(uint32_t head, const std::string& head_word, const Sentence& s,
                                  std::vector<Mention>& sink) {
    if (head == s.first_token || !lex_.org_words.contains(head_word)) return false;
    if (named_at(head - 1, EntityType::Person) < 0 || !has_person_name_ending_at(head)) return false;
    uint32_t first = first_of_name(head - 1, s);
    uint32_t begin = first;
    if (first > s.first_token && is(first - 1, kDeterminer) && !covered_by_mention(first - 1))
      begin = first - 1;
    else if (first != s.first_token)
      return false;
    int32_t e = entity_for(phrase(first, head + 1), EntityType::Org, "entity.org-of-person");
    add_mention_to(sink, e, begin, head + 1, begin, MentionKind::Nominal, 0.8f, "entity.org-of-person");
    return true;
  }

  // A name ends just before token t (not a name that runs on through it).
  bool has_person_name_ending_at(uint32_t t) const {
    return t < name_entity_at_.size() && name_entity_at_[t] != name_entity_at_[t - 1];
  }

  // A person's name ends at token k, just before the head or before an organisation word before it:
  // "Clinton allies", "Biden administration officials".
  bool names_person_before_head(uint32_t k, uint32_t head) const {
    if (named_at(k, EntityType::Person) < 0 || !has_person_name_ending_at(k + 1)) return false;
    return k + 1 == head ||
           (k + 2 == head && !token(k + 1).has(kCapitalized) && lex_.org_words.contains(ascii_lower(text(k + 1))));
  }

  // The first token of the name that covers token t, within sentence s.
  uint32_t first_of_name(uint32_t t, const Sentence& s) const {
    while (t > s.first_token && name_entity_at_[t - 1] == name_entity_at_[t]) --t;
    return t;
  }

  // The country a demonym or a place among [begin, end) stands for, or "".
  std::string country_in(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin; t < end; ++t) {
      if (const auto* d = lex_.demonyms.find(text(t)); d && !d->empty()) return (*d)[0];
      if (const auto* p = lex_.places.find(text(t)); p && !p->empty() && token(t).has(kCapitalized)) return (*p)[0];
    }
    return {};
  }

  // "In a letter to the prime minister, Matt Hancock wrote": the nominal ends a prepositional phrase
  // and the name after its comma goes on as the subject, with no comma to close an apposition.
  bool opening_phrase_before_subject(uint32_t begin, uint32_t name, const Sentence& s) const {
    if (begin == s.first_token || !(is(begin - 1, kPreposition) || text(begin - 1) == "to")) return false;
    uint32_t end = name;
    while (end < s.end_token && name_entity_at_[end] == name_entity_at_[name]) ++end;
    return end < s.end_token && text(end) != ",";
  }

  bool is_singular_determiner(uint32_t t) const {
    std::string w = ascii_lower(text(t));
    return w == "a" || w == "an" || w == "another" || w == "each" || w == "every";
  }

  // "Li's spokeswoman": the named possessor before a nominal belongs to its name (one spokeswoman
  // per possessor), though not to the mention.
  uint32_t possessor_start(uint32_t begin, const Sentence& s) const {
    if (begin < s.first_token + 2) return begin;
    if (!is_possessive_ending(text(begin - 1)) || !covered_by_mention(begin - 2)) return begin;
    uint32_t k = begin - 2;
    while (k > s.first_token && covered_by_mention(k - 1) && begin - k < 6) --k;
    return k;
  }

  // "a senior Ukrainian official": the words as written, with the first in lower case when it only
  // opens the phrase or the sentence ("The spokesman" and "the spokesman" are one source).
  std::string nominal_name(uint32_t begin, uint32_t end) const {
    std::string name = phrase(begin, end);
    bool opener = is(begin, kDeterminer) || (token(begin).has(kSentenceStart) && !covered_by_mention(begin));
    if (!opener) return name;
    size_t first = token(begin).end - token(begin).begin;
    return ascii_lower(std::string_view(name).substr(0, first)) + name.substr(first);
  }

  // "the Russian president and his American counterpart": the person who holds the office named
  // last before it in the sentence, for the country of its demonym (the US president).
  void add_counterpart(uint32_t head, const Sentence& s) {
    uint32_t begin = head;  // "American counterpart"; "his" stays a mention of its own (Putin)
    while (begin > s.first_token && head - begin < 2 && lex_.demonyms.find(text(begin - 1))) --begin;
    uint32_t extent = begin > s.first_token && is(begin - 1, kPronounWord) ? begin - 1 : begin;
    std::string role;
    for (uint32_t k = extent; k-- > s.first_token && role.empty();)
      if (is(k, kTitleHead)) role = singular(ascii_lower(text(k)));
    if (role.empty()) return;
    if (int32_t holder = title_holder(role, begin, head); holder >= 0)
      add_mention_to(doc_.mentions, holder, begin, head + 1, extent, MentionKind::Nominal, 0.6f, "coref.counterpart");
  }

  // "Council President Linda Park" after "the Springfield City Council": an affiliation that is an
  // organisation word alone is the organisation of that kind named before the person, or none
  // unless it names one by itself ("Kremlin spokesman").
  void complete_affiliations() {
    for (size_t i = 0; i < named_mentions_; ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0 || m.kind != MentionKind::Name) continue;
      Entity& e = doc_.entities[m.entity];
      if (e.type == EntityType::Person && e.affiliation.empty() && !e.titles.empty())
        e.affiliation = place_after_of(m.end_token);  // "Sen. Lisa Murkowski of Alaska"
      if (e.type == EntityType::Person && e.affiliation.empty())
        e.affiliation = organisation_after_of(m.end_token);  // "Claudia Kemfert of the DIW"
      if (e.type != EntityType::Person || !lex_.org_words.contains(e.affiliation)) continue;
      if (const auto* known = lex_.organisations.find(e.affiliation); known && !known->empty()) {
        e.affiliation = (*known)[0];  // "House Speaker": the House of Representatives, not the White House
        continue;
      }
      int32_t org = organisation_named_before(singular(ascii_lower(e.affiliation)), m.first_token);
      if (org >= 0 && doc_.entities[org].name != e.affiliation)
        e.affiliation = doc_.entities[org].name;
      else if (!lex_.organisations.find(e.affiliation))
        e.affiliation.clear();  // "Press secretary": a kind of organisation, not one
    }
  }

  // Before the nominals, so that "the Chelsea manager" can look for the manager of Chelsea.
  void add_organisations_before_titles() {
    std::vector<std::pair<int32_t, TokenRange>> found;  // person, words of the organisation
    for (size_t i = 0; i < named_mentions_; ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0 || m.kind != MentionKind::Name) continue;
      Entity& e = doc_.entities[m.entity];
      if (e.type != EntityType::Person || !e.affiliation.empty() || e.titles.empty()) continue;
      uint32_t title = title_start(m);
      if (int32_t known = organisation_named_before_title(m, title); known >= 0)
        e.affiliation = doc_.entities[static_cast<size_t>(known)].name;  // "ACLU executive director Anthony Romero"
      else if (TokenRange org = organisation_before_title(m, title); !org.empty())
        found.emplace_back(m.entity, org);
    }
    if (found.empty()) return;
    std::unordered_map<std::string, int32_t> by_short_name = organisations_by_first_and_last_words();
    for (auto [person, org] : found) {
      auto shortened = by_short_name.find(phrase(org.begin, org.end));  // "Villa" after "Aston Villa"
      int32_t named = shortened != by_short_name.end() ? shortened->second : -1;
      if (!has_mention(org.begin, org.end)) {  // the same words may stand before two titles
        if (named < 0) named = entity_for(phrase(org.begin, org.end), EntityType::Org, "entity.org-before-title");
        if (doc_.entities[static_cast<size_t>(named)].type == EntityType::Org)
          add_mention(named, org.begin, org.end, org.begin, MentionKind::Name, 0.8f, "entity.org-before-title");
      }
      doc_.entities[static_cast<size_t>(person)].affiliation =
          named >= 0 ? doc_.entities[static_cast<size_t>(named)].name : phrase(org.begin, org.end);
    }
  }

  // The organisations of more than one word named so far, by their first and by their last word
  // ("Aston Villa": "Aston", "Villa"); the first named wins.
  std::unordered_map<std::string, int32_t> organisations_by_first_and_last_words() const {
    std::unordered_map<std::string, int32_t> out;
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const std::string& name = doc_.entities[i].name;
      size_t first_space = name.find(' ');
      if (doc_.entities[i].type != EntityType::Org || first_space == std::string::npos) continue;
      out.emplace(name.substr(0, first_space), static_cast<int32_t>(i));
      out.emplace(name.substr(name.rfind(' ') + 1), static_cast<int32_t>(i));
    }
    return out;
  }

  // "Acme chief executive Jo Park", "Arsenal manager Mikel Arteta": capitalised words that no list
  // knows, right before the title of a person's mention, name the organisation the title belongs
  // to. Not a person's name ("Lee adviser Jo Park", after Ann Lee).
  TokenRange organisation_before_title(const Mention& m, uint32_t title) {
    if (!is_plain_title(m, title) || !lex_.organisation_titles.contains(text(m.first_token - 1))) return {};
    uint32_t first = doc_.sentences[sentence_of(title)].first_token;
    uint32_t begin = title;
    while (begin > first && title - begin < kOrganisationWords && is_unknown_name_word(begin - 1)) --begin;
    if (begin == title || (begin > first && is_name_word(begin - 1))) return {};
    // "Political analyst David Bositis": a sentence's first word is a name only when the text
    // capitalises it inside a sentence too ("shares in Veltra fell").
    if (begin == first && !token(begin).has(kAllCaps) && !capitalised_inside_sentence().contains(text(begin)))
      return {};
    return {begin, title};
  }
  static constexpr uint32_t kOrganisationWords = 3;

  int32_t organisation_named_before_title(const Mention& m, uint32_t title) const {
    if (!is_plain_title(m, title) || !is_name_word(title - 1)) return -1;
    return named_at(title - 1, EntityType::Org);
  }

  // The mention has a title, from token `title` on, and no preposition in it ("the CIA under
  // President George W. Bush", "attorney general under former President ...").
  bool is_plain_title(const Mention& m, uint32_t title) const {
    if (title == 0 || title >= m.first_token) return false;
    for (uint32_t t = title; t < m.first_token; ++t)
      if (is(t, kPreposition)) return false;
    return true;
  }

  // The first token of a mention's extent: its first title word, when it has a title.
  uint32_t title_start(const Mention& m) const {
    auto first = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.extent.begin,
                                  [](const Token& t, uint32_t b) { return t.begin < b; });
    return static_cast<uint32_t>(first - doc_.tokens.begin());
  }

  bool is_unknown_name_word(uint32_t t) const {
    if (!is_name_word(t) || name_entity_at_[t] >= 0 || is(t, kKnownWordFlags)) return false;
    std::string_view w = text(t);
    if (lex_.not_names.contains(w) || lex_.time_words.contains(w) || lex_.subordinators.contains(w)) return false;
    if (lex_.months.find(w) || lex_.weekdays.find(w) || lex_.demonyms.find(w) || lex_.places.find(w)) return false;
    return !lex_.first_name_gender.find(w) && !by_surname_.count(std::string(w));
  }
  static constexpr uint16_t kKnownWordFlags =
      kPronounWord | kDeterminer | kPreposition | kAuxiliary | kNegator | kCopula | kCueWord | kTitleHead;

  // The place named in "of <place>" at token t, or "".
  std::string place_after_of(uint32_t t) const {
    if (t + 1 >= doc_.tokens.size() || text(t) != "of") return {};
    int32_t named = named_at(t + 1, EntityType::Gpe);
    return named < 0 ? std::string() : doc_.entities[static_cast<size_t>(named)].name;
  }

  // The organisation named in "of (the) <organisation>" at token t, or "".
  std::string organisation_after_of(uint32_t t) const {
    if (t + 2 >= doc_.tokens.size() || text(t) != "of") return {};
    uint32_t first = ascii_lower(text(t + 1)) == "the" ? t + 2 : t + 1;
    int32_t named = named_at(first, EntityType::Org);
    return named < 0 ? std::string() : doc_.entities[static_cast<size_t>(named)].name;
  }

  // The organisation named right before ", <begin>", or -1.
  int32_t organisation_before_comma(uint32_t begin) const {
    if (begin < 2 || text(begin - 1) != ",") return -1;
    return named_at(begin - 2, EntityType::Org);
  }

  // "the company", "the central bank": the noun by which an organisation named before may be
  // called, or "".
  std::string organisation_noun(uint32_t begin, uint32_t head, const std::string& head_word) const {
    if (ascii_lower(text(begin)) != "the") return "";
    if (begin + 1 == head) return head_word;
    std::string modified = ascii_lower(phrase(begin + 1, head + 1));
    return begin + 2 == head && lex_.org_nouns.find(modified) ? modified : "";
  }

  // The organisation "the <noun>" stands for: the nearest named before, within three paragraphs,
  // whose name ends in the noun or in a word rules/en/maps/org-nouns.tsv gives for it.
  int32_t organisation_named_before(const std::string& noun, uint32_t begin) const {
    const std::vector<std::string>* covered = lex_.org_nouns.find(noun);
    auto named_end = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(named_mentions_);
    auto from = std::lower_bound(doc_.mentions.begin(), named_end, begin,
                                 [](const Mention& m, uint32_t b) { return m.first_token < b; });
    uint32_t paragraph = doc_.sentences[sentence_of(begin)].paragraph;
    for (auto it = std::make_reverse_iterator(from); it != doc_.mentions.rend() && from - it.base() < 400; ++it) {
      if (doc_.sentences[sentence_of(it->first_token)].paragraph + 3 < paragraph) break;
      if (it->entity < 0 || it->kind != MentionKind::Name) continue;
      const Entity& e = doc_.entities[it->entity];
      if (e.type != EntityType::Org) continue;
      std::string last = ascii_lower(last_word(e.name));
      if (singular(last) == noun) return it->entity;
      if (covered && std::find(covered->begin(), covered->end(), last) != covered->end()) return it->entity;
    }
    return -1;
  }

  static std::string_view last_word(std::string_view name) {
    size_t space = name.rfind(' ');
    return space == std::string_view::npos ? name : name.substr(space + 1);
  }

  // The person whose title has this head word (and this demonym, if the phrase has one).
  int32_t title_holder(const std::string& head, uint32_t begin, uint32_t end) const {
    const std::vector<std::string>* covered = lex_.role_nouns.find(head);  // "leader": president, ...
    std::string country, organisation;  // "the Russian leader", "the Chelsea manager"
    for (uint32_t t = begin; t < end; ++t) {
      if (const auto* d = lex_.demonyms.find(text(t)))
        country = (*d)[0];
      else if (int32_t org = organisation_named_by(t); org >= 0)
        organisation = doc_.entities[static_cast<size_t>(org)].name;
    }
    // The nearest holder: mentions are sorted, so walk back from here, and not without end.
    auto named_end = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(named_mentions_);
    auto from = std::lower_bound(doc_.mentions.begin(), named_end, begin,
                                 [](const Mention& m, uint32_t b) { return m.first_token < b; });
    for (auto it = std::make_reverse_iterator(from); it != doc_.mentions.rend() && from - it.base() < 400; ++it) {
      if (it->entity < 0) continue;
      const Entity& e = doc_.entities[it->entity];
      if (e.type != EntityType::Person) continue;
      bool holds = std::any_of(e.titles.begin(), e.titles.end(), [&](const std::string& title) {
        std::string words = " " + ascii_lower(title) + " ";
        auto has = [&](const std::string& w) { return words.find(" " + w + " ") != std::string::npos; };
        return has(head) || (covered && std::any_of(covered->begin(), covered->end(), has));
      });
      if (holds && (country.empty() || e.affiliation == country) &&
          (organisation.empty() || e.affiliation == organisation))
        return it->entity;
    }
    return -1;
  }

  // The organisation whose name covers token t, or that the word names alone ("Chelsea" after
  // "Chelsea boss Enzo Maresca"), or -1.
  int32_t organisation_named_by(uint32_t t) const {
    if (int32_t named = named_at(t, EntityType::Org); named >= 0) return named;
    if (!is_name_word(t)) return -1;
    auto it = by_name_.find(std::string(text(t)));
    return it != by_name_.end() && doc_.entities[static_cast<size_t>(it->second)].type == EntityType::Org ? it->second
                                                                                                          : -1;
  }

  // Mention m is the subject of a reporting verb whose object is token t ("Jones has told him").
  bool reports_to_object(const Mention& m, uint32_t t) const {
    uint32_t k = m.end_token;
    while (k + 1 < t && is(k, kAuxiliary | kNegator)) ++k;
    return k + 1 == t && is(k, kCueWord);
  }

  // "55 percent", "two officials": a number before a nominal makes it a group, never "he" or "she".
  bool is_counted_nominal(const Mention& m) const {
    if (m.kind != MentionKind::Nominal || m.first_token == 0) return false;
    uint32_t before = m.first_token - 1;
    return token(before).kind == TokenKind::Number || is(before, kCountOverOne);
  }

  // In the pronoun's own sentence, the nearest person named before it ("Putin confirmed he"); else
  // the subject of the nearest earlier sentence that names a person (its first person), within two
  // paragraphs.
  std::optional<Mention> resolve_pronoun(uint32_t t, uint32_t s, char gender,
                                         const std::vector<const Mention*>& persons) {
    const Sentence& here = doc_.sentences[s];
    std::vector<const Mention*> candidates;  // the compatible persons of the nearest sentence, last first
    uint32_t chosen_sentence = UINT32_MAX;
    // ""The mayor has had two years," she said": a person named inside a quotation is not whom a
    // pronoun outside it stands for.
    bool quoted_pronoun = inside_quotation(token(t).begin);
    bool object = lex_.object_pronouns.contains(text(t));
    bool attribution_after = !object && attributes_what_went_before(t);
    int reach = kPronounReach;
    for (auto it = persons.rbegin(); it != persons.rend() && reach-- > 0; ++it) {
      const Mention* m = *it;
      uint32_t ms = sentence_of(m->first_token);
      if (!candidates.empty() && (ms != chosen_sentence || ms == s)) break;
      if (doc_.paragraphs.size() > 1 && doc_.sentences[ms].paragraph + 2 < here.paragraph) break;
      if (!quoted_pronoun && inside_quotation(doc_.tokens[m->first_token].begin)) continue;
      if (in_opening_phrase(*m, t, s)) continue;  // "In an interview with Biden, he said"
      if (attribution_after && ms == s && !is_named_subject(*m, here)) continue;  // "... bill the owner, she said"
      if (object && reports_to_object(*m, t)) continue;                           // "Jones told him": someone else
      char g = doc_.entities[m->entity].gender;
      if (gender != '?' && g != '?' && g != gender) continue;
      if (gender != '?' && is_counted_nominal(*m)) continue;  // "10 percent ..., which she described"
      if (!candidates.empty() && candidates.back()->entity == m->entity) {
        candidates.back() = m;
        continue;
      }
      candidates.push_back(m);
      chosen_sentence = ms;
    }
    if (candidates.empty()) return distant_person(t, gender, persons);
    // Someone who spoke ("Price noted ...") is the likeliest; then the sentence's first person.
    const Mention* chosen = first_not_possessor(candidates);
    auto speaker = std::find_if(candidates.rbegin(), candidates.rend(), [&](const Mention* m) {
      return speaks_next(m->end_token) || follows_according_to(m->first_token);
    });
    if (speaker != candidates.rend()) chosen = *speaker;
    // "Sen. James Lankford, the lead negotiator, ... he said": one name among the candidates is clear.
    auto names = std::count_if(candidates.begin(), candidates.end(),
                               [](const Mention* c) { return c->kind == MentionKind::Name; });
    bool sole_name = names == 1 && chosen->kind == MentionKind::Name;
    bool clear = candidates.size() == 1 || chosen_sentence == s || speaker != candidates.rend() || sole_name;
    Entity& e = doc_.entities[chosen->entity];
    if (e.gender == '?' && gender != '?') e.gender = gender;
    Mention m;
    m.span = {token(t).begin, token(t).end};
    m.extent = m.span;
    m.kind = MentionKind::Pronoun;
    m.entity = chosen->entity;
    m.first_token = t;
    m.end_token = t + 1;
    m.confidence = clear ? 0.85f : 0.6f;
    m.rule = chosen_sentence == s           ? "coref.pronoun-same-sentence"
             : speaker != candidates.rend() ? "coref.pronoun-last-speaker"
                                            : "coref.pronoun-previous-subject";
    return m;
  }

  // "Former Rep. Chris Shays was pro Kasich, he said", "Soon after the attack, Trump asserted ...,"
  // he claimed": a name that opens the sentence or follows a comma, perhaps after its title.
  bool is_named_subject(const Mention& m, const Sentence& s) const {
    if (m.kind != MentionKind::Name) return false;
    uint32_t t = title_start(m.first_token, s.first_token);
    return t == s.first_token || text(t - 1) == ",";
  }

  // The first of the capitalised words and periods right before token t ("Former Rep. | Chris"),
  // not before `floor`.
  uint32_t title_start(uint32_t t, uint32_t floor) const {
    while (t > floor && (token(t - 1).has(kCapitalized) || text(t - 1) == ".")) --t;
    return t;
  }

  // ", she said", "," she told reporters": the pronoun at t is the source of the words before it in
  // its sentence, so none of them names it.
  bool attributes_what_went_before(uint32_t t) const {
    if (t == 0 || !speaks_next(t + 1)) return false;
    const Token& before = token(t - 1);
    return text(t - 1) == "," || (before.kind == TokenKind::Quote && before.quote_role == QuoteRole::Close);
  }

  // The first in text order of candidates (kept last first), or the one that the first owns or
  // names in apposition right after it ("Mashinsky's lawyer, Marc Mukasey, argued").
  const Mention* first_not_possessor(const std::vector<const Mention*>& candidates) const {
    const Mention* first = candidates.back();
    if (candidates.size() < 2 || first->end_token >= doc_.tokens.size() ||
        !is_possessive_ending(text(first->end_token)))
      return first;
    const Mention* next = candidates[candidates.size() - 2];
    if (next->first_token == first->end_token + 1 && next->rule == "entity.apposition") return next;  // "lawyer"
    if (next->kind != MentionKind::Name || next->first_token > first->end_token + kPossessedWords) return first;
    uint32_t t = title_start(next->first_token, first->end_token);  // "the Rev. Charles Elliott Jr."
    return text(t - 1) == "," ? next : first;
  }
  static constexpr uint32_t kPossessedWords = 6;  // "'s", "campaign", "manager", ",", "the", "Rev."

  // No compatible person in reach: the last one named anywhere before, with a low confidence.
  std::optional<Mention> distant_person(uint32_t t, char gender, const std::vector<const Mention*>& persons) const {
    for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
      char g = doc_.entities[(*it)->entity].gender;
      if (gender == '?' || g == '?' || g == gender)
        return pronoun_mention(t, (*it)->entity, 0.4f, "coref.pronoun-distant");
    }
    return std::nullopt;
  }

  uint32_t sentence_of(uint32_t token_index) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token_index,
                               [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    return static_cast<uint32_t>(it - doc_.sentences.begin()) - 1;
  }

  void finish() {
    for (uint32_t i = 0; i < doc_.mentions.size(); ++i) {
      Mention& m = doc_.mentions[i];
      doc_.entities[m.entity].mentions.push_back(i);
    }
    for (auto& e : doc_.entities) e.roles |= kMentioned;
  }
};

}  // namespace

void find_entities(Document& doc, const RuleSet& rules) { EntityFinder(doc, rules).run(); }

}  // namespace whosaid
