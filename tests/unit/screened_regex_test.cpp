#include "screened_regex.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace whosaid;

namespace {

std::shared_ptr<const re2::RE2> compiled(const std::string& pattern) {
  auto regex = std::make_shared<const re2::RE2>(pattern);
  REQUIRE(regex->ok());
  return regex;
}

// Every match from `pos` on, as "begin-end" of each group, the way a stage walks them.
std::vector<std::string> all_matches(const std::string& pattern, const std::string& text, bool screened) {
  auto regex = compiled(pattern);
  ScreenedRegex screen(regex);
  int n = regex->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  std::vector<std::string> out;
  for (size_t pos = 0; pos < text.size();) {
    bool found = screened ? screen.find(text, pos, groups.data(), n)
                          : regex->Match(text, pos, text.size(), re2::RE2::UNANCHORED, groups.data(), n);
    if (!found) break;
    std::string record;
    for (const auto& g : groups)
      record += g.data() ? std::to_string(g.data() - text.data()) + "-" + std::to_string(g.size()) + " " : "none ";
    out.push_back(record);
    pos = static_cast<size_t>(groups[0].data() - text.data()) + std::max<size_t>(groups[0].size(), 1);
  }
  return out;
}

}  // namespace

TEST_CASE("without_counts opens every counted repetition and nothing else", "[regex]") {
  CHECK(without_counts("a{0,3}b{1,2}c{2,5}?d{3}") == "a*b+c{2,}?d{3,}");
  CHECK(without_counts("[^.Qq]{0,12}?(?P<cue>[Gr])") == "[^.Qq]*?(?P<cue>[Gr])");
  CHECK(without_counts("[{0,3}]x") == "[{0,3}]x");              // inside a class: literal
  CHECK(without_counts("[]{1,2}]{1,2}") == "[]{1,2}]+");        // a ']' first in a class is literal
  CHECK(without_counts("\\Q{1,2}\\E{1,2}") == "\\Q{1,2}\\E+");  // quoted text
  CHECK(without_counts("\\x{41}{2}\\p{Greek}") == "\\x{41}{2,}\\p{Greek}");
  CHECK(without_counts("a{,3}b\\{1,2}") == "a{,3}b\\{1,2}");  // no count
  CHECK(without_counts("x{4,}") == "x{4,}");
}

TEST_CASE("a screened search finds exactly what RE2's unanchored search finds", "[regex]") {
  struct Case {
    std::string pattern, text;
    size_t matches;
  };
  std::vector<Case> cases = {
      {"(?P<speaker>[wS]{0,3}[NS]+)[^.Qq]{0,12}?(?P<cue>[Gr])Q(?P<content>[^q]+)q", "wSNwwwGQwwwq.SSwGQwq wNwwGQww", 2},
      {"(a{2,3})(b{0,2})", "aaaabbbaabaaab", 3},
      // the screen ("x{3,}y") matches at 0, the pattern ("x{3}y") only at 9: past the anchored tries
      {"x{3}y", "xxxxxxxxxxxxy", 1},
      {"x{3}y", "xxxxxxxxxxxxxxxxxxxxxy.xxy.xxxy", 2},
      {"^w{1,2}(V)", "wwV wV", 1},  // ^ anchors to the text, not to where the search goes on
      {"(?i)\\bsaid\\b.{0,5}(that)", "He SAID, that; she said that", 2},
      {"z{2}", "no match here", 0},
  };
  for (const Case& c : cases) {
    INFO(c.pattern << " on " << c.text);
    auto expected = all_matches(c.pattern, c.text, false);
    CHECK(expected.size() == c.matches);
    CHECK(all_matches(c.pattern, c.text, true) == expected);
  }
}
