#include "whosaid/rules.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text_util.h"

namespace whosaid {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_rule_files();
}

namespace {

const WordList kEmptyList;
const WordMap kEmptyMap;
const std::vector<PatternRule> kNoPatterns;

// "en/lists/titles.local.list" -> "titles"
std::string stem_of(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  return name.substr(0, name.find('.'));
}

std::string extension_of(const std::string& path) { return std::filesystem::path(path).extension().string(); }

bool is_fragment_name(std::string_view s) {
  if (s.empty() || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_rule_name(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  });
}

std::string_view strip_comment(std::string_view line) {
  // A '#' starts a comment at the start of a line or after white space; "\#" is a literal '#'.
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

}  // namespace

std::string RuleDiagnostic::to_string() const {
  std::string out = file;
  if (line) out += fmt::format(":{}", line);
  out += ": ";
  if (!rule.empty()) out += fmt::format("rule {}: ", rule);
  return out + message;
}

bool WordList::contains(std::string_view word) const { return index_.contains(word, !case_sensitive_); }

void WordList::add(std::string_view entry) {
  std::string e = collapse_spaces(entry);
  if (!case_sensitive_) e = ascii_lower(e);
  max_words_ = std::max(max_words_, static_cast<uint32_t>(std::count(e.begin(), e.end(), ' ') + 1));
  if (size_t space = e.find(' '); space != std::string::npos) phrase_starts_.insert(e.substr(0, space), true);
  index_.insert(e, true);
  entries_.insert(std::move(e));
}

bool WordList::starts_phrase(std::string_view word) const { return phrase_starts_.contains(word, !case_sensitive_); }

const std::vector<std::string>* WordMap::find(std::string_view key) const {
  const Slot* slot = index_.find(key, true);
  return slot ? slot->columns : nullptr;
}

bool WordMap::starts_phrase(std::string_view word) const {
  const Slot* slot = index_.find(word, true);
  return slot && slot->starts_phrase;
}

WordMap::Lookup WordMap::lookup(std::string_view word) const {
  const Slot* slot = index_.find(word, true);
  return slot ? Lookup{slot->columns, slot->starts_phrase} : Lookup{};
}

void WordMap::set(std::string_view key, std::vector<std::string> columns) {
  std::string k = ascii_lower(collapse_spaces(key));
  if (size_t space = k.find(' '); space != std::string::npos)
    index_.emplace(k.substr(0, space), {}).starts_phrase = true;
  auto& stored = entries_[k];
  stored = std::move(columns);
  index_.emplace(k, {}).columns = &stored;
}

std::string PatternRule::attribute(const std::string& key, const std::string& fallback) const {
  auto it = attributes.find(key);
  return it == attributes.end() ? fallback : it->second;
}

const WordList& RuleSet::list(std::string_view name) const {
  auto it = lists_.find(name);
  return it == lists_.end() ? kEmptyList : it->second;
}

const WordMap& RuleSet::map(std::string_view name) const {
  auto it = maps_.find(name);
  return it == maps_.end() ? kEmptyMap : it->second;
}

const std::vector<PatternRule>& RuleSet::patterns(std::string_view group) const {
  auto it = patterns_.find(group);
  return it == patterns_.end() ? kNoPatterns : it->second;
}

std::vector<std::string> RuleSet::list_names() const {
  std::vector<std::string> names;
  for (const auto& [name, list] : lists_) names.push_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

// Compiles rule files into a RuleSet, collecting every problem instead of stopping at the first.
class RuleLoader {
 public:
  RuleLoadResult compile(const std::vector<RuleFile>& files) {
    auto rules = std::make_shared<RuleSet>();
    rules_ = rules.get();
    // Fragments first, from every .rules file, so that a rule may use a fragment of another file.
    for (const auto& f : files)
      if (extension_of(f.path) == ".rules") read_fragments(f);
    for (const auto& f : files) read_file(f);
    RuleLoadResult result;
    result.diagnostics = std::move(diagnostics_);
    if (result.diagnostics.empty()) result.rules = std::move(rules);
    return result;
  }

 private:
  struct Fragment {
    std::string body;
    std::string file;
    uint32_t line;
  };

  RuleSet* rules_ = nullptr;
  std::vector<RuleDiagnostic> diagnostics_;
  std::map<std::string, Fragment> fragments_;
  std::map<std::string, std::string> rule_places_;

  void fail(const std::string& file, uint32_t line, const std::string& rule, const std::string& message) {
    diagnostics_.push_back({file, line, rule, message});
  }

  template <typename F>
  void for_each_line(const RuleFile& f, F&& fn) {
    std::istringstream in(f.content);
    std::string line;
    uint32_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      fn(std::string_view(line), number);
    }
  }

  void read_file(const RuleFile& f) {
    std::string ext = extension_of(f.path);
    if (ext == ".list") return read_list(f);
    if (ext == ".tsv") return read_map(f);
    if (ext == ".rules") return read_rules(f);
    if (ext == ".md" || ext == ".txt") return;  // documentation
    fail(f.path, 0, "", "unknown kind of rule file (expected .list, .tsv or .rules)");
  }

  void read_list(const RuleFile& f) {
    WordList& list = rules_->lists_[stem_of(f.path)];
    for_each_line(f, [&](std::string_view raw, uint32_t) {
      std::string_view line = trim(strip_comment(raw));
      if (line.empty()) return;
      if (line == "@case sensitive") {
        list.set_case_sensitive(true);
        return;
      }
      list.add(line);
    });
  }

  void read_map(const RuleFile& f) {
    WordMap& map = rules_->maps_[stem_of(f.path)];
    for_each_line(f, [&](std::string_view raw, uint32_t number) {
      std::string_view line = strip_comment(raw);
      if (trim(line).empty()) return;
      std::vector<std::string> columns = split(line, '\t');
      for (auto& c : columns) c = std::string(trim(c));
      if (columns.size() < 2 || columns[0].empty()) {
        fail(f.path, number, "", "expected KEY<TAB>VALUE");
        return;
      }
      std::string key = columns[0];
      columns.erase(columns.begin());
      map.set(key, std::move(columns));
    });
  }

  static bool split_definition(std::string_view line, std::string_view& name, std::string_view& body) {
    size_t eq = line.find(" = ");
    if (eq == std::string_view::npos) return false;
    name = trim(line.substr(0, eq));
    body = trim(line.substr(eq + 3));
    return true;
  }

  void read_fragments(const RuleFile& f) {
    for_each_line(f, [&](std::string_view raw, uint32_t number) {
      std::string_view line = strip_comment(raw);
      std::string_view name, body;
      if (line.empty() || line[0] == ' ' || line[0] == '\t' || line.starts_with("rule ")) return;
      if (!split_definition(line, name, body) || !is_fragment_name(name)) return;
      auto [it, fresh] = fragments_.emplace(std::string(name), Fragment{std::string(body), f.path, number});
      if (!fresh)
        fail(f.path, number, std::string(name),
             "fragment defined twice (first at " + it->second.file + ":" + std::to_string(it->second.line) + ")");
    });
  }

  // Replaces every %{NAME} with its fragment, recursively, as a non-capturing group.
  bool expand(std::string_view body, const std::string& file, uint32_t line, const std::string& rule, std::string& out,
              int depth = 0) {
    if (depth > 20) {
      fail(file, line, rule, "fragments refer to each other in a cycle");
      return false;
    }
    size_t pos = 0;
    while (pos < body.size()) {
      size_t at = body.find("%{", pos);
      if (at == std::string_view::npos) {
        out.append(body.substr(pos));
        break;
      }
      out.append(body.substr(pos, at - pos));
      size_t close = body.find('}', at);
      if (close == std::string_view::npos) {
        fail(file, line, rule, "unclosed %{ in pattern");
        return false;
      }
      std::string name(body.substr(at + 2, close - at - 2));
      auto it = fragments_.find(name);
      if (it == fragments_.end()) {
        fail(file, line, rule, "unknown fragment %{" + name + "}");
        return false;
      }
      out.append("(?:");
      if (!expand(it->second.body, file, line, rule, out, depth + 1)) return false;
      out.append(")");
      pos = close + 1;
    }
    return true;
  }

  void read_rules(const RuleFile& f) {
    std::vector<PatternRule>& group = rules_->patterns_[stem_of(f.path)];
    PatternRule* current = nullptr;
    for_each_line(f, [&](std::string_view raw, uint32_t number) {
      std::string_view line = strip_comment(raw);
      if (trim(line).empty()) return;
      if (line[0] == ' ' || line[0] == '\t') {
        read_attribute(f, number, trim(line), current);
        return;
      }
      std::string_view name, body;
      if (line.starts_with("rule ")) {
        current = nullptr;
        if (!split_definition(line.substr(5), name, body) || !is_rule_name(name)) {
          fail(f.path, number, "", "expected 'rule name.with.dots = PATTERN'");
          return;
        }
        current = add_rule(f, number, std::string(name), body, group);
        return;
      }
      current = nullptr;
      if (!split_definition(line, name, body) || !is_fragment_name(name))
        fail(f.path, number, "", "expected 'FRAGMENT = PATTERN', 'rule name = PATTERN' or an indented 'key: value'");
    });
  }

  void read_attribute(const RuleFile& f, uint32_t number, std::string_view line, PatternRule* current) {
    size_t colon = line.find(':');
    if (!current || colon == std::string_view::npos) {
      fail(f.path, number, current ? current->name : "", "expected an indented 'key: value' under a rule");
      return;
    }
    current->attributes[std::string(trim(line.substr(0, colon)))] = std::string(trim(line.substr(colon + 1)));
  }

  PatternRule* add_rule(const RuleFile& f, uint32_t number, std::string name, std::string_view body,
                        std::vector<PatternRule>& group) {
    auto [it, fresh] = rule_places_.emplace(name, f.path + ":" + std::to_string(number));
    if (!fresh) {
      fail(f.path, number, name, "rule defined twice (first at " + it->second + ")");
      return nullptr;
    }
    std::string pattern;
    if (!expand(body, f.path, number, name, pattern)) return nullptr;
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    auto regex = std::make_shared<re2::RE2>(pattern, options);
    if (!regex->ok()) {
      std::string message = "RE2 error: " + regex->error();
      if (!regex->error_arg().empty()) message += " at '" + regex->error_arg() + "'";
      fail(f.path, number, name, message);
      return nullptr;
    }
    group.push_back(PatternRule{std::move(name), f.path, number, std::move(pattern), std::move(regex), {}});
    return &group.back();
  }
};

std::vector<RuleFile> default_rule_files() {
  std::vector<RuleFile> files;
  for (const auto& [path, content] : detail::embedded_rule_files())
    files.push_back({std::string(path), std::string(content)});
  return files;
}

std::vector<RuleFile> read_rule_files(const std::filesystem::path& dir, std::vector<RuleDiagnostic>& diagnostics) {
  std::vector<RuleFile> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    diagnostics.push_back({dir.string(), 0, "", "not a readable rules folder"});
    return files;
  }
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = std::filesystem::relative(it->path(), dir).generic_string();
    if (rel.starts_with(".") || rel.find("/.") != std::string::npos) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    if (!in) {
      diagnostics.push_back({it->path().string(), 0, "", "cannot read"});
      continue;
    }
    files.push_back({rel, content.str()});
  }
  if (ec) diagnostics.push_back({dir.string(), 0, "", ec.message()});
  std::sort(files.begin(), files.end(), [](const RuleFile& a, const RuleFile& b) { return a.path < b.path; });
  return files;
}

std::vector<RuleFile> overlay_rule_files(std::vector<RuleFile> base, const std::vector<RuleFile>& overlay) {
  for (const auto& f : overlay) {
    auto it = std::find_if(base.begin(), base.end(), [&](const RuleFile& b) { return b.path == f.path; });
    if (it != base.end())
      it->content = f.content;
    else
      base.push_back(f);
  }
  return base;
}

RuleLoadResult compile_rules(const std::vector<RuleFile>& files) { return RuleLoader().compile(files); }

RuleLoadResult load_rules(const std::filesystem::path& dir, bool replace) {
  std::vector<RuleFile> files = replace ? std::vector<RuleFile>{} : default_rule_files();
  if (!dir.empty()) {
    std::vector<RuleDiagnostic> diagnostics;
    std::vector<RuleFile> extra = read_rule_files(dir, diagnostics);
    if (!diagnostics.empty()) return {nullptr, std::move(diagnostics)};
    // Folder paths are relative to the folder; the defaults live under en/. A folder that is
    // itself a copy of rules/en (no en/ prefix) overlays the English defaults.
    bool has_language =
        std::any_of(extra.begin(), extra.end(), [](const RuleFile& f) { return f.path.starts_with("en/"); });
    if (!has_language)
      for (auto& f : extra) f.path = "en/" + f.path;
    files = overlay_rule_files(std::move(files), extra);
  }
  return compile_rules(files);
}

std::string dump_default_rules(const std::filesystem::path& dir) {
  for (const auto& f : default_rule_files()) {
    std::filesystem::path target = dir / f.path;
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) return target.parent_path().string() + ": " + ec.message();
    std::ofstream out(target, std::ios::binary);
    out << f.content;
    if (!out) return target.string() + ": cannot write";
  }
  return {};
}

}  // namespace whosaid
