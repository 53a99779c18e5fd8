#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;
using Strings = std::vector<std::string>;

TEST_CASE("words, numbers and punctuation", "[tokenizer]") {
  Document doc = tokenized("Price said 3.5% of 1,000 people agreed.");
  CHECK(token_texts(doc) == Strings{"Price", "said", "3.5", "%", "of", "1,000", "people", "agreed", "."});
  CHECK(doc.tokens[0].kind == TokenKind::Word);
  CHECK(doc.tokens[0].has(kCapitalized));
  CHECK_FALSE(doc.tokens[1].has(kCapitalized));
  CHECK(doc.tokens[2].kind == TokenKind::Number);
  CHECK(doc.tokens[8].kind == TokenKind::Punct);
}

TEST_CASE("apostrophes stay inside words and possessives split off", "[tokenizer]") {
  CHECK(token_texts(tokenized("Russia\xE2\x80\x99s demands")) == Strings{"Russia", "\xE2\x80\x99s", "demands"});
  CHECK(token_texts(tokenized("don't and don\xE2\x80\x99t")) == Strings{"don't", "and", "don\xE2\x80\x99t"});
  CHECK(token_texts(tokenized("in the \xE2\x80\x99"
                              "90s")) == Strings{"in", "the",
                                                 "\xE2\x80\x99"
                                                 "90s"});
  CHECK(token_texts(tokenized("O'Brien left")) == Strings{"O'Brien", "left"});
}

TEST_CASE("acronyms, initials and hyphenated words", "[tokenizer]") {
  CHECK(token_texts(tokenized("the U.S. Senate at 3 p.m.")) == Strings{"the", "U.S.", "Senate", "at", "3", "p.m."});
  CHECK(token_texts(tokenized("a leader-level talk")) == Strings{"a", "leader-level", "talk"});
  CHECK(token_texts(tokenized("on 2022-01-25")) == Strings{"on", "2022-01-25"});
  Document doc = tokenized("NATO and Nato");
  CHECK(doc.tokens[0].has(kAllCaps));
  CHECK_FALSE(doc.tokens[2].has(kAllCaps));
}

TEST_CASE("an ampersand between capitals stays inside the word: AT&T, S&P", "[tokenizer]") {
  CHECK(token_texts(tokenized("AT&T and S&P fell")) == Strings{"AT&T", "and", "S&P", "fell"});
  CHECK(token_texts(tokenized("Procter & Gamble, rock&roll")) ==
        Strings{"Procter", "&", "Gamble", ",", "rock", "&", "roll"});
}

TEST_CASE("dashes", "[tokenizer]") {
  Document doc = tokenized("talks \xE2\x80\x94 and more -- and - less");
  REQUIRE(doc.tokens.size() == 8);
  CHECK(doc.tokens[1].kind == TokenKind::Dash);
  CHECK(doc.tokens[4].kind == TokenKind::Dash);
  CHECK(doc.tokens[6].kind == TokenKind::Dash);
}

TEST_CASE("quotation marks are tokens of their own", "[tokenizer]") {
  Document doc = tokenized("``Yes,'' he said. \xE2\x80\x9CNo\xE2\x80\x9D \xC2\xABOui\xC2\xBB");
  Strings texts = token_texts(doc);
  CHECK(texts[0] == "``");
  CHECK(texts[3] == "''");
  CHECK(doc.tokens[0].kind == TokenKind::Quote);
  CHECK(doc.tokens[0].has(kDoubleMark));
  CHECK(doc.tokens[3].has(kDoubleMark));
}

TEST_CASE("non-ASCII letters are words", "[tokenizer]") {
  Document doc = tokenized(
      "Recep Tayyip Erdo\xC4\x9F"
      "an spoke in \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  CHECK(token_texts(doc) == Strings{"Recep", "Tayyip",
                                    "Erdo\xC4\x9F"
                                    "an",
                                    "spoke", "in", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"});
  CHECK(doc.tokens[5].has(kCapitalized));
  CHECK(doc.tokens[5].has(kNonAscii));
}

TEST_CASE("paragraphs: blank lines, or every line when there are none", "[tokenizer]") {
  Document doc = tokenized("First line\nstill first.\n\nSecond paragraph.");
  CHECK(doc.paragraphs.size() == 2);
  Document lines = tokenized("Title\nMarch 1, 2008\nBody text.");
  CHECK(lines.paragraphs.size() == 3);
}

TEST_CASE("empty and white-space text give no tokens", "[tokenizer]") {
  CHECK(tokenized("").tokens.empty());
  CHECK(tokenized(" \n\t ").tokens.empty());
}

TEST_CASE("three apostrophes close a single quotation and then a double one", "[tokenizer]") {
  CHECK(token_texts(tokenized("''the word 'old-school,''' said Slayton")) ==
        Strings{"''", "the", "word", "'", "old-school", ",", "'", "''", "said", "Slayton"});
  CHECK(token_texts(tokenized("he said '''Tis true,''")) == Strings{"he", "said", "''", "'", "Tis", "true", ",", "''"});
}
