#include "whosaid/check.h"

#include <simdjson.h>

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {

std::vector<Diagnostic> check(const std::string& text, std::optional<std::string> dct = "2022-02-02",
                              std::set<std::string> ignored = {}) {
  Document doc = make_document(text);
  doc.dct = std::move(dct);
  Pipeline(shared_default_rules()).run(doc);
  return check_document(doc, default_rules(), "article.txt", ignored);
}

size_t count(const std::vector<Diagnostic>& ds, const std::string& rule) {
  return static_cast<size_t>(std::count_if(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.rule == rule; }));
}

}  // namespace

TEST_CASE("unattributed-quote", "[check]") {
  auto ds = check("The banner \"No entry for anyone after dark\" hung over the door.");
  REQUIRE(count(ds, "unattributed-quote") == 1);
  CHECK(ds[0].line == 1);
  CHECK(ds[0].column == 12);
  CHECK(count(check("\"No entry for anyone after dark,\" Mayor Jin Lee said."), "unattributed-quote") == 0);
}

TEST_CASE("ambiguous-speaker", "[check]") {
  CHECK(count(check("The storm passed. He said the roads would reopen soon."), "ambiguous-speaker") == 1);
  CHECK(count(check("Mayor Jin Lee spoke first. He said the roads would reopen soon."), "ambiguous-speaker") == 0);
}

TEST_CASE("speaker-not-introduced", "[check]") {
  CHECK(count(check("Okafor said the vote was fair."), "speaker-not-introduced") == 1);
  CHECK(count(check("Senator Tom Okafor arrived. Okafor said the vote was fair."), "speaker-not-introduced") == 0);
}

TEST_CASE("inconsistent-title", "[check]") {
  CHECK(count(check("Spokesman Ned Okafor arrived. Later, Senator Ned Okafor said the vote was fair."),
              "inconsistent-title") == 1);
  CHECK(count(check("Senator Ned Okafor arrived. Later, US Senator Ned Okafor said the vote was fair."),
              "inconsistent-title") == 0);
  // A description in lower case adds a role: "presidential candidate", "an adviser to ...".
  CHECK(count(check("Senator Ned Okafor arrived. Later, presidential candidate Ned Okafor said the vote was fair."),
              "inconsistent-title") == 0);
}

TEST_CASE("inconsistent-name", "[check]") {
  CHECK(count(check("Mayor Ned Okafor arrived. Mayor Ted Okafor said the vote was fair."), "inconsistent-name") == 1);
  CHECK(count(check("Mayor Ned Okafor arrived. Okafor said the vote was fair."), "inconsistent-name") == 0);
}

TEST_CASE("unbalanced-quote", "[check]") {
  auto ds = check("Mayor Jin Lee said: \"We will win.\n\nThe crowd cheered.");
  REQUIRE(count(ds, "unbalanced-quote") == 1);
  CHECK(count(check("Mayor Jin Lee said: \"We will win.\""), "unbalanced-quote") == 0);
}

TEST_CASE("anonymous-source", "[check]") {
  auto ds = check("Sources said the deal was close. It is believed that talks will resume.");
  CHECK(count(ds, "anonymous-source") == 2);
  for (const auto& d : ds)
    if (d.rule == "anonymous-source") CHECK(d.level == DiagnosticLevel::Note);
  CHECK(count(check("Mayor Jin Lee said the deal was close."), "anonymous-source") == 0);
}

TEST_CASE("relative-date-without-dct", "[check]") {
  CHECK(count(check("Mayor Jin Lee spoke on Tuesday.", std::nullopt), "relative-date-without-dct") == 1);
  CHECK(count(check("Mayor Jin Lee spoke on Tuesday."), "relative-date-without-dct") == 0);
}

TEST_CASE("date-after-publication", "[check]") {
  CHECK(count(check("Mayor Jin Lee said on Feb. 10 that the roads were open."), "date-after-publication") == 1);
  CHECK(count(check("Mayor Jin Lee said on Jan. 10 that the roads were open."), "date-after-publication") == 0);
}

TEST_CASE("conflicting-attribution", "[check]") {
  std::string text =
      "\"The roads will reopen on Monday,\" Mayor Jin Lee said.\n\n"
      "\"The roads will reopen on Monday,\" Governor Ana Costa said.";
  CHECK(count(check(text), "conflicting-attribution") == 1);
  CHECK(count(check("\"The roads will reopen on Monday,\" Mayor Jin Lee said."), "conflicting-attribution") == 0);
}

TEST_CASE("every check can be switched off", "[check]") {
  std::set<std::string> all;
  for (const auto& c : all_checks()) all.insert(c.id);
  CHECK(check("Sources said \"nothing at all will change here\". He said so.", std::nullopt, all).empty());
}

TEST_CASE("text diagnostics look like a compiler's, with the line and a caret", "[check]") {
  std::string text = diagnostics_as_text(check("Sources said the deal was close."));
  CHECK(text.rfind("article.txt:1:1: note: anonymous or vague source", 0) == 0);
  std::string caret = "  ^" + std::string(11, '~') + "\n";  // under the 12 characters of "Sources said"
  CHECK(text.find("[anonymous-source]\n  Sources said the deal was close.\n" + caret) != std::string::npos);
}

TEST_CASE("SARIF output has the fields SARIF 2.1.0 requires", "[check]") {
  auto ds = check("The banner \"No entry for anyone after dark\" hung there. Sources said so.");
  REQUIRE(ds.size() >= 2);
  std::string sarif = diagnostics_as_sarif(ds, "0.1.0");
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  REQUIRE_FALSE(parser.parse(sarif).get(root));
  CHECK(std::string_view(root["version"]) == "2.1.0");
  simdjson::dom::element run = root["runs"].at(0);
  CHECK(std::string_view(run["tool"]["driver"]["name"]) == "whosaid");
  simdjson::dom::array results = run["results"];
  CHECK(results.size() == ds.size());
  for (simdjson::dom::element r : results) {
    CHECK(!std::string_view(r["ruleId"]).empty());
    CHECK(!std::string_view(r["message"]["text"]).empty());
    simdjson::dom::element region = r["locations"].at(0)["physicalLocation"]["region"];
    CHECK(int64_t(region["startLine"]) >= 1);
    CHECK(int64_t(region["startColumn"]) >= 1);
    CHECK(std::string_view(r["locations"].at(0)["physicalLocation"]["artifactLocation"]["uri"]) == "article.txt");
  }
}

TEST_CASE("speaker-not-introduced leaves unnamed sources to anonymous-source", "[check]") {
  CHECK(count(check("\"We will win,\" a senior official said."), "speaker-not-introduced") == 0);
}

TEST_CASE("ambiguous-speaker: one warning per pronoun, none for the one name beside its apposition", "[check]") {
  CHECK(count(check("The storm passed. He said the roads were closed and added that they would reopen soon."),
              "ambiguous-speaker") == 1);
  CHECK(count(check("Sen. Jin Lee of Ohio, the lead negotiator, defended the deal. \"It is fair,\" he said."),
              "ambiguous-speaker") == 0);
}

TEST_CASE("ambiguous-speaker: none for 'they' after a joint source", "[check]") {
  auto ds = check("Prime Minister Ann Lee and President Jo Park said they hoped a compromise could be found soon.");
  CHECK(count(ds, "ambiguous-speaker") == 0);
}
