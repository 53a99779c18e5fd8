#include "whosaid/rules.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;

namespace {
std::vector<RuleDiagnostic> problems_of(std::vector<RuleFile> files) { return compile_rules(files).diagnostics; }
}  // namespace

TEST_CASE("the built-in rules load without problems", "[rules]") {
  auto loaded = compile_rules(default_rule_files());
  for (const auto& d : loaded.diagnostics) INFO(d.to_string());
  REQUIRE(loaded.ok());
  CHECK(loaded.rules->list("titles").contains("Spokesman"));
  CHECK(loaded.rules->map("demonyms").find("russian") != nullptr);
}

TEST_CASE("lists: comments, case, phrases, merged files", "[rules]") {
  auto loaded = compile_rules({{"en/lists/words.list", "# header\nAlpha  # trailing comment\nbeta gamma\n"},
                               {"en/lists/words.extra.list", "delta\n"},
                               {"en/lists/exact.list", "@case sensitive\nUS\n"}});
  REQUIRE(loaded.ok());
  const auto& words = loaded.rules->list("words");
  CHECK(words.contains("alpha"));
  CHECK(words.contains("ALPHA"));
  CHECK(words.contains("Beta Gamma"));
  CHECK(words.contains("delta"));
  CHECK(words.max_words() == 2);
  CHECK(loaded.rules->list("exact").contains("US"));
  CHECK_FALSE(loaded.rules->list("exact").contains("us"));
}

TEST_CASE("maps: keys of two words tell their first word", "[rules]") {
  auto loaded = compile_rules({{"en/maps/cues.tsv", "made clear\tmake clear\nsaid\tsay\n"}});
  REQUIRE(loaded.ok());
  const auto& cues = loaded.rules->map("cues");
  CHECK(cues.starts_phrase("Made"));
  CHECK_FALSE(cues.starts_phrase("said"));
  REQUIRE(cues.find("Made Clear"));
  CHECK(cues.find("made clear")->front() == "make clear");
  CHECK(cues.find("made") == nullptr);
  auto made = cues.lookup("MADE");
  CHECK(made.starts_phrase);
  CHECK(made.columns == nullptr);
  auto said = cues.lookup("Said");
  CHECK_FALSE(said.starts_phrase);
  REQUIRE(said.columns);
  CHECK(said.columns->front() == "say");
  CHECK(cues.lookup("spoke").columns == nullptr);
}

TEST_CASE("word index: folded lookups, first value kept by emplace, growth keeps every key", "[rules]") {
  WordIndex<int> index;
  index.insert("said", 1);
  CHECK(*index.find("SAID", true) == 1);
  CHECK(index.find("SAID", false) == nullptr);
  CHECK(index.find("sai", true) == nullptr);
  CHECK(index.emplace("said", 2) == 1);
  index.insert("said", 3);
  CHECK(*index.find("Said", true) == 3);
  for (int i = 0; i < 1000; ++i) index.insert(fmt::format("w{}", i), i);
  CHECK(index.size() == 1001);
  for (int i = 0; i < 1000; i += 37) CHECK(*index.find(fmt::format("W{}", i), true) == i);
  CHECK(index.find("", true) == nullptr);
}

TEST_CASE("patterns: fragments expand and attributes attach", "[rules]") {
  auto loaded = compile_rules(
      {{"en/test.rules", "NAME = [A-Z][a-z]+\nrule test.two-names = %{NAME} %{NAME}\n  example: Ned Price\n"}});
  REQUIRE(loaded.ok());
  const auto& rules = loaded.rules->patterns("test");
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].pattern == "(?:[A-Z][a-z]+) (?:[A-Z][a-z]+)");
  CHECK(rules[0].attribute("example") == "Ned Price");
}

TEST_CASE("a broken RE2 pattern is reported with file, line and rule", "[rules]") {
  auto problems = problems_of({{"en/bad.rules", "# comment\n\nrule bad.paren = (unclosed\n"}});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == "en/bad.rules");
  CHECK(problems[0].line == 3);
  CHECK(problems[0].rule == "bad.paren");
  CHECK(problems[0].to_string().find("en/bad.rules:3: rule bad.paren: RE2 error") == 0);
}

TEST_CASE("every problem is reported, not only the first", "[rules]") {
  auto problems = problems_of({{"en/a.rules",
                                "rule a.one = %{MISSING}\n"
                                "rule a.one = x\n"
                                "this line means nothing\n"
                                "  orphan: attribute\n"},
                               {"en/maps/m.tsv", "key-without-value\n"},
                               {"en/odd.yaml", "x: 1\n"}});
  CHECK(problems.size() == 6);
}

TEST_CASE("a rules folder overlays the defaults file by file", "[rules]") {
  auto merged = overlay_rule_files({{"en/lists/a.list", "old\n"}, {"en/lists/b.list", "keep\n"}},
                                   {{"en/lists/a.list", "new\n"}, {"en/lists/c.list", "added\n"}});
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].content == "new\n");
  CHECK(merged[2].path == "en/lists/c.list");
}

TEST_CASE("a missing rules folder is an error", "[rules]") {
  auto loaded = load_rules("/nonexistent/rules");
  CHECK_FALSE(loaded.ok());
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].file == "/nonexistent/rules");
}
