// Rules loading: the data every stage reads (word lists, maps, and named patterns).
//
// Rules live as plain files under rules/ (see rules/README.md for the formats). The files in the
// source tree are compiled into the binary as the default rule set; a folder given at run time
// overlays them file by file. Loading checks everything (syntax, duplicate names, unknown fragments,
// RE2 compile errors) and reports each problem with file and line; a RuleSet that loaded is
// immutable and shared read-only by every worker thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "whosaid/word_index.h"

namespace re2 {
class RE2;
}

namespace whosaid {

struct RuleFile {
  std::string path;  // relative to the rules folder, e.g. "en/lists/titles.list"
  std::string content;
};

struct RuleDiagnostic {
  std::string file;
  uint32_t line = 0;
  std::string rule;  // the rule or fragment name, when the problem is in one
  std::string message;
  std::string to_string() const;  // "file:line: rule NAME: message"
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// A set of words or phrases. Entries are stored lower-cased unless the file says "@case sensitive".
class WordList {
 public:
  bool contains(std::string_view word) const;
  // True when some entry of two or more words begins with `word` ("both" for "both sides").
  bool starts_phrase(std::string_view word) const;
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  uint32_t max_words() const { return max_words_; }
  bool case_sensitive() const { return case_sensitive_; }
  void add(std::string_view entry);
  void set_case_sensitive(bool on) { case_sensitive_ = on; }
  const std::unordered_set<std::string, StringHash, std::equal_to<>>& entries() const { return entries_; }

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> entries_;
  WordIndex<bool> index_;  // the entries again, for lookups
  WordIndex<bool> phrase_starts_;
  uint32_t max_words_ = 0;
  bool case_sensitive_ = false;
};

// Key -> columns, from a tab-separated file. Keys are looked up case-insensitively.
class WordMap {
 public:
  WordMap() = default;
  WordMap(const WordMap&) = delete;  // the index points into this map's own entries
  WordMap& operator=(const WordMap&) = delete;
  WordMap(WordMap&&) = default;
  WordMap& operator=(WordMap&&) = default;
  const std::vector<std::string>* find(std::string_view key) const;
  // find() and starts_phrase() in one lookup, for a word read from a text.
  struct Lookup {
    const std::vector<std::string>* columns = nullptr;
    bool starts_phrase = false;
  };
  Lookup lookup(std::string_view word) const;
  // True when some key of two or more words begins with `word` ("made" for "made clear").
  bool starts_phrase(std::string_view word) const;
  void set(std::string_view key, std::vector<std::string> columns);
  size_t size() const { return entries_.size(); }
  const std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>& entries() const {
    return entries_;
  }

 private:
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> entries_;
  struct Slot {
    const std::vector<std::string>* columns = nullptr;  // into entries_, whose nodes never move
    bool starts_phrase = false;
  };
  WordIndex<Slot> index_;  // keys and the first words of phrase keys
};

// One named pattern from a .rules file, compiled with RE2.
struct PatternRule {
  std::string name;
  std::string file;
  uint32_t line = 0;
  std::string pattern;  // after %{FRAGMENT} expansion
  std::shared_ptr<const re2::RE2> regex;
  std::map<std::string, std::string> attributes;  // indented "key: value" lines under the rule
  std::string attribute(const std::string& key, const std::string& fallback = "") const;
};

class RuleSet {
 public:
  const WordList& list(std::string_view name) const;
  const WordMap& map(std::string_view name) const;
  const std::vector<PatternRule>& patterns(std::string_view group) const;
  std::vector<std::string> list_names() const;

  // Data a stage derives from the rules (a compiled lexicon), built on first use by T(const RuleSet&)
  // and kept as long as the rule set: every document and thread shares it. T must be immutable.
  template <typename T>
  const T& derived() const {
    std::lock_guard lock(derived_mutex_);
    auto& slot = derived_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<const T>(*this);
    return *static_cast<const T*>(slot.get());
  }

 private:
  friend class RuleLoader;
  mutable std::mutex derived_mutex_;
  mutable std::unordered_map<std::type_index, std::shared_ptr<const void>> derived_;
  std::unordered_map<std::string, WordList, StringHash, std::equal_to<>> lists_;
  std::unordered_map<std::string, WordMap, StringHash, std::equal_to<>> maps_;
  std::unordered_map<std::string, std::vector<PatternRule>, StringHash, std::equal_to<>> patterns_;
};

struct RuleLoadResult {
  std::shared_ptr<const RuleSet> rules;  // null when there are diagnostics
  std::vector<RuleDiagnostic> diagnostics;
  bool ok() const { return rules != nullptr; }
};

// The rule files compiled into the binary.
std::vector<RuleFile> default_rule_files();

// Reads every rule file below `dir`; a missing or unreadable folder is a diagnostic.
std::vector<RuleFile> read_rule_files(const std::filesystem::path& dir, std::vector<RuleDiagnostic>& diagnostics);

// Files of `overlay` replace files of `base` with the same path; new paths are added.
std::vector<RuleFile> overlay_rule_files(std::vector<RuleFile> base, const std::vector<RuleFile>& overlay);

RuleLoadResult compile_rules(const std::vector<RuleFile>& files);

// The default rules, overlaid with `dir` when it is not empty (or replaced by it when `replace`).
RuleLoadResult load_rules(const std::filesystem::path& dir = {}, bool replace = false);

// Writes the default rule files below `dir`. Returns an error message, empty on success.
std::string dump_default_rules(const std::filesystem::path& dir);

}  // namespace whosaid
