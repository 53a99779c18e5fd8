#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;
using Strings = std::vector<std::string>;

namespace {
size_t unbalanced(const Document& doc) {
  size_t n = 0;
  for (const auto& p : doc.problems) n += p.code == "unbalanced-quote";
  return n;
}
}  // namespace

TEST_CASE("straight and curly double quotes pair", "[quotations]") {
  Document doc = tokenized("\"We are ready,\" he said. \xE2\x80\x9CSo are we,\xE2\x80\x9D she said.");
  CHECK(quotation_texts(doc) == Strings{"We are ready,", "So are we,"});
  CHECK(unbalanced(doc) == 0);
  CHECK(doc.tokens[doc.quotations[0].open_token].partner == static_cast<int32_t>(doc.quotations[0].close_token));
}

TEST_CASE("guillemets, low-high quotes and typewriter pairs", "[quotations]") {
  CHECK(quotation_texts(tokenized("He said \xC2\xAB"
                                  "bonjour\xC2\xBB.")) == Strings{"bonjour"});
  CHECK(quotation_texts(tokenized("Sie sagte \xE2\x80\x9E"
                                  "Ja\xE2\x80\x9C.")) == Strings{"Ja"});
  CHECK(quotation_texts(tokenized("``We won,'' he said.")) == Strings{"We won,"});
  CHECK(quotation_texts(tokenized("''We won,'' he said.")) == Strings{"We won,"});
}

TEST_CASE("single quotes nest inside double quotes", "[quotations]") {
  Document doc = tokenized("\"He told me 'never again' twice,\" she said.");
  REQUIRE(doc.quotations.size() == 2);
  const Quotation* inner = doc.quotations[0].is_double ? &doc.quotations[1] : &doc.quotations[0];
  CHECK(doc.slice(inner->content) == "never again");
  CHECK(inner->parent >= 0);
}

TEST_CASE("apostrophes are not quotation marks", "[quotations]") {
  Document doc = tokenized(
      "The Joneses\xE2\x80\x99 house and the students' votes in the \xE2\x80\x99"
      "90s, Russia\xE2\x80\x99s view.");
  CHECK(doc.quotations.empty());
  CHECK(unbalanced(doc) == 0);
}

TEST_CASE("a quotation over several paragraphs is one", "[quotations]") {
  Document doc = tokenized("\"The first part goes on.\n\n\"The second part ends,\" he said.");
  REQUIRE(doc.quotations.size() == 1);
  CHECK(doc.quotations[0].segments.size() == 2);
  CHECK(doc.slice(doc.quotations[0].segments[1]) == "The second part ends,");
  CHECK(unbalanced(doc) == 0);
}

TEST_CASE("unbalanced marks are reported and do not stop the document", "[quotations]") {
  Document doc = tokenized("\xE2\x80\x9CThis never closes.\n\nNext paragraph. \"Here\" it is.");
  CHECK(unbalanced(doc) == 1);
  CHECK(quotation_texts(doc).back() == "Here");
  REQUIRE(doc.problems.size() == 1);
  CHECK(doc.problems[0].message.find("line 1, column 1") != std::string::npos);
  Document closing = tokenized("Only a close\xE2\x80\x9D here.");
  CHECK(unbalanced(closing) == 1);
}

TEST_CASE("many unbalanced marks are counted, not listed one by one", "[quotations]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word\xE2\x80\x9D ";
  Document doc = tokenized(text);
  CHECK(doc.problems.size() == 21);
}
