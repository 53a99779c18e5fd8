#include "entities.h"

#include <algorithm>
#include <map>

#include "text_util.h"

namespace whosaid {
namespace {

struct Run {
  uint32_t begin;  // token indexes, half-open
  uint32_t end;
  uint32_t sentence;
};

struct Lexicon {
  const WordList& titles;
  const WordList& org_words;
  const WordList& not_names;
  const WordList& honorifics;
  const WordList& particles;
  const WordMap& organisations;
  const WordMap& places;
  const WordMap& demonyms;
  const WordMap& pronouns;
  const WordMap& honorific_gender;
  const WordMap& cues;
  const WordList& nominal_sources;

  explicit Lexicon(const RuleSet& r)
      : titles(r.list("titles")),
        org_words(r.list("org-words")),
        not_names(r.list("not-names")),
        honorifics(r.list("honorifics")),
        particles(r.list("name-particles")),
        organisations(r.map("organisations")),
        places(r.map("places")),
        demonyms(r.map("demonyms")),
        pronouns(r.map("pronouns")),
        honorific_gender(r.map("honorific-gender")),
        cues(r.map("cue-verbs")),
        nominal_sources(r.list("nominal-sources")) {}
};

class EntityFinder {
 public:
  EntityFinder(Document& doc, const RuleSet& rules) : doc_(doc), lex_(rules) {}

  void run() {
    doc_.entities.clear();
    doc_.mentions.clear();
    std::vector<Run> runs = capitalised_runs();
    for (const Run& r : runs)
      if (!in_headline(r)) read_run(r, /*new_entities=*/true);
    for (const Run& r : runs)
      if (in_headline(r)) read_run(r, /*new_entities=*/false);
    link_pronouns();
    finish();
  }

 private:
  Document& doc_;
  Lexicon lex_;
  std::map<std::string, int32_t> by_name_;     // canonical name -> entity
  std::map<std::string, int32_t> by_surname_;  // last name word -> person entity
  std::vector<std::pair<uint32_t, uint32_t>> surname_runs_;  // single-word runs to link afterwards

  std::string_view text(uint32_t t) const { return doc_.token_text(t); }
  const Token& token(uint32_t t) const { return doc_.tokens[t]; }

  std::string phrase(uint32_t begin, uint32_t end) const {
    if (begin >= end) return {};
    return std::string(doc_.slice({token(begin).begin, token(end - 1).end}));
  }

  bool is_name_word(uint32_t t) const {
    const Token& tok = token(t);
    if (tok.kind != TokenKind::Word || !tok.has(kCapitalized)) return false;
    std::string_view w = text(t);
    // "Biden-Putin" joins two names into an adjective, not a name.
    size_t dash = w.find('-');
    return !(dash != std::string_view::npos && dash + 1 < w.size() && is_ascii_upper(w[dash + 1]) && w.size() > 6 &&
             dash > 2);
  }

  // Token t can continue a run that has begun: a name word, a particle, "of" inside a title, an initial's period.
  bool continues_run(uint32_t t, uint32_t run_begin) const {
    if (is_name_word(t)) return true;
    std::string_view w = text(t);
    bool attached = !token(t).has(kSpaceBefore);
    if (w == "." && attached && t > run_begin && text(t - 1).size() <= 2) return true;  // J. / Jr.
    bool next_is_name = t + 1 < doc_.tokens.size() && is_name_word(t + 1) && !token(t + 1).has(kSentenceStart);
    if (lex_.particles.contains(w)) return next_is_name;
    if (w == "of") return next_is_name && (lex_.titles.contains(text(t - 1)) || lex_.org_words.contains(text(t - 1)));
    return false;
  }

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
        while (t < sentence.end_token && continues_run(t, begin)) ++t;
        uint32_t end = t;
        while (end > begin + 1 && !is_name_word(end - 1) && text(end - 1) != ".") --end;
        runs.push_back({begin, end, s});
      }
    }
    return runs;
  }

  // The first paragraph, when it has no sentence-final period and most words capitalised.
  bool in_headline(const Run& r) const {
    if (doc_.paragraphs.size() < 2 || r.begin >= doc_.paragraphs[0].end_token) return false;
    const Paragraph& p = doc_.paragraphs[0];
    uint32_t words = 0, capitals = 0;
    for (uint32_t t = p.first_token; t < p.end_token; ++t) {
      if (token(t).kind != TokenKind::Word) continue;
      ++words;
      capitals += token(t).has(kCapitalized);
    }
    std::string_view last = text(p.end_token - 1);
    return words > 0 && words <= 25 && capitals * 2 > words && last != ".";
  }

  bool is_title_word(uint32_t t) const {
    std::string_view w = text(t);
    return lex_.titles.contains(w) || lex_.org_words.contains(w) || lex_.demonyms.find(w) || lex_.places.find(w);
  }

  void read_run(Run r, bool new_entities) {
    uint32_t begin = r.begin;
    while (begin < r.end && lex_.not_names.contains(text(begin))) ++begin;
    if (begin >= r.end) return;
    uint32_t extent_begin = begin;
    if (whole_run_is_known(begin, r.end, extent_begin, new_entities)) return;
    // The name is the longest tail of words that are not title words.
    uint32_t name_begin = r.end;
    while (name_begin > begin && !is_title_word(name_begin - 1) && !lex_.not_names.contains(text(name_begin - 1)))
      --name_begin;
    if (name_begin < r.end && text(name_begin) == ".") ++name_begin;
    bool of_complement = name_begin > begin && name_begin < r.end && text(name_begin - 1) == "of";
    if (name_begin >= r.end || of_complement) return read_title_only(begin, r.end, new_entities);
    read_person(begin, name_begin, r.end, new_entities);
  }

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
    bool has_org_word = false;
    for (uint32_t t = begin; t < end; ++t) has_org_word = has_org_word || lex_.org_words.contains(text(t));
    bool org_of = end - begin >= 3 && text(end - 2) == "of";  // "Ministry of Transport"
    if (has_org_word && (org_of || lex_.org_words.contains(text(end - 1))) && new_entities) {
      std::string name = phrase(begin, end);
      const auto* known = lex_.organisations.find(name);
      add_known(known ? *known : std::vector<std::string>{name}, EntityType::Org, begin, end, begin, true,
                known ? "entity.organisation" : "entity.org-words");
    }
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
      if (honorific) add_person(name, title_begin, name_begin, end, "entity.honorific-name");
      else if (speaks_next(end) && !by_surname_.count(name) && !lex_.nominal_sources.contains(name)) add_person(name, title_begin, name_begin, end, "entity.name-before-cue");
      return;
    }
    if (!new_entities) {
      surname_runs_.emplace_back(name_begin, end);
      return;
    }
    add_person(name, title_begin, name_begin, end, has_title ? "entity.title-name" : "entity.full-name");
  }

  // "Okafor said": a capitalised word that a finite reporting verb follows is someone's name.
  bool speaks_next(uint32_t t) const {
    if (t >= doc_.tokens.size() || token(t).kind != TokenKind::Word) return false;
    const auto* cue = lex_.cues.find(text(t));
    return cue && cue->size() >= 2 && (*cue)[1] == "finite" && (*cue)[0] != "find" && (*cue)[0] != "show";
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

  void add_person(const std::string& name, uint32_t title_begin, uint32_t name_begin, uint32_t end, const std::string& rule) {
    int32_t e = person_for(name, end);
    if (title_begin < name_begin) add_title(e, title_begin, name_begin);
    uint32_t h = honorific_start(name_begin);
    if (h < name_begin) {
      if (const auto* g = lex_.honorific_gender.find(text(h))) doc_.entities[e].gender = (*g)[0][0];
    }
    add_mention(e, name_begin, end, std::min(title_begin, h), MentionKind::Name, 1.0f, rule);
  }

  // A full name extends an entity known by its surname alone, and the other way round.
  int32_t person_for(const std::string& name, uint32_t end) {
    auto it = by_name_.find(name);
    if (it != by_name_.end()) return it->second;
    std::string surname(text(end - 1));
    if (surname == "." && end >= 2) surname = std::string(text(end - 2));
    int32_t e = entity_for(name, EntityType::Person, "entity.person");
    if (!by_surname_.count(surname)) by_surname_[surname] = e;
    return e;
  }

  // `person` is an index: affiliation_of() may add entities and move the vector.
  void add_title(int32_t person, uint32_t begin, uint32_t end) {
    while (begin < end && lex_.not_names.contains(text(begin))) ++begin;
    if (begin >= end) return;
    std::string title = phrase(begin, end);
    auto& titles = doc_.entities[person].titles;
    if (std::find(titles.begin(), titles.end(), title) == titles.end()) titles.push_back(title);
    if (!doc_.entities[person].affiliation.empty()) return;
    std::string affiliation = affiliation_of(begin, end);
    doc_.entities[person].affiliation = affiliation;
  }

  // The organisation a title names ("US Department of State Spokesman" -> "US Department of State"),
  // else the country of its demonym or place ("Russian Foreign Minister" -> "Russia").
  std::string affiliation_of(uint32_t begin, uint32_t end) {
    uint32_t last_org = begin;
    for (uint32_t t = begin; t < end; ++t)
      if (lex_.org_words.contains(text(t))) last_org = t + 1;
    uint32_t org_end = last_org;
    // "Department of State": an org word followed by "of X" keeps its complement.
    if (org_end > begin && org_end + 1 < end && text(org_end) == "of") org_end += 2;
    if (org_end > begin) {
      std::string org = phrase(begin, org_end);
      organisation_entity(org, begin, org_end);
      return org;
    }
    for (uint32_t t = begin; t < end; ++t) {
      if (const auto* d = lex_.demonyms.find(text(t))) return (*d)[0];
      if (const auto* p = lex_.places.find(text(t))) return (*p)[0];
    }
    return {};
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
    return index;
  }

  void add_mention(int32_t entity, uint32_t begin, uint32_t end, uint32_t extent_begin, MentionKind kind,
                   float confidence, const std::string& rule) {
    Mention m;
    m.span = {token(begin).begin, token(end - 1).end};
    m.extent = {token(extent_begin).begin, m.span.end};
    m.kind = kind;
    m.entity = entity;
    m.first_token = begin;
    m.end_token = end;
    m.confidence = confidence;
    m.rule = rule;
    doc_.mentions.push_back(std::move(m));
  }

  void link_surnames() {
    for (auto [begin, end] : surname_runs_) {
      std::string word(text(begin));
      auto it = by_surname_.find(word);
      if (it == by_surname_.end()) continue;
      uint32_t h = honorific_start(begin);
      add_mention(it->second, begin, end, h, MentionKind::Name, 0.9f, "entity.surname");
    }
  }

  void link_pronouns() {
    link_surnames();
    std::sort(doc_.mentions.begin(), doc_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
    std::vector<Mention> pronouns;
    size_t next_mention = 0;
    std::vector<const Mention*> persons_so_far;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        while (next_mention < doc_.mentions.size() && doc_.mentions[next_mention].first_token <= t) {
          const Mention& m = doc_.mentions[next_mention++];
          if (doc_.entities[m.entity].type == EntityType::Person) persons_so_far.push_back(&m);
        }
        const auto* info = lex_.pronouns.find(text(t));
        if (!info || info->size() < 2 || (*info)[1] != "sg") continue;
        char gender = (*info)[0][0];
        if (auto m = resolve_pronoun(t, s, gender, persons_so_far)) pronouns.push_back(*m);
      }
    }
    for (auto& p : pronouns) doc_.mentions.push_back(std::move(p));
    std::sort(doc_.mentions.begin(), doc_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  }

  // In the pronoun's own sentence, the nearest person named before it ("Putin confirmed he"); else
  // the subject of the nearest earlier sentence that names a person (its first person), within two
  // paragraphs.
  std::optional<Mention> resolve_pronoun(uint32_t t, uint32_t s, char gender, const std::vector<const Mention*>& persons) {
    const Sentence& here = doc_.sentences[s];
    std::vector<const Mention*> candidates;  // the compatible persons of the nearest sentence, last first
    uint32_t chosen_sentence = UINT32_MAX;
    for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
      const Mention* m = *it;
      uint32_t ms = sentence_of(m->first_token);
      if (!candidates.empty() && (ms != chosen_sentence || ms == s)) break;
      if (doc_.paragraphs.size() > 1 && doc_.sentences[ms].paragraph + 2 < here.paragraph) break;
      char g = doc_.entities[m->entity].gender;
      if (gender != '?' && g != '?' && g != gender) continue;
      if (!candidates.empty() && candidates.back()->entity == m->entity) {
        candidates.back() = m;
        continue;
      }
      candidates.push_back(m);
      chosen_sentence = ms;
    }
    if (candidates.empty()) return std::nullopt;
    // Someone who spoke ("Price noted ...") is the likeliest; then the sentence's first person.
    const Mention* chosen = candidates.back();
    auto speaker = std::find_if(candidates.rbegin(), candidates.rend(), [&](const Mention* m) { return speaks_next(m->end_token); });
    bool clear = candidates.size() == 1 || chosen_sentence == s || speaker != candidates.rend();
    if (speaker != candidates.rend()) chosen = *speaker;
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
    m.rule = chosen_sentence == s ? "coref.pronoun-same-sentence"
             : speaker != candidates.rend() ? "coref.pronoun-last-speaker" : "coref.pronoun-previous-subject";
    return m;
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
