#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;
using Strings = std::vector<std::string>;

TEST_CASE("sentences end at terminal punctuation", "[sentences]") {
  CHECK(sentence_texts(tokenized("He left. She stayed! Did they?")) == Strings{"He left.", "She stayed!", "Did they?"});
}

TEST_CASE("abbreviations do not end sentences", "[sentences]") {
  CHECK(sentence_texts(tokenized("Mr. Price and Dr. Jones met Gov. Smith on Sept. 5. They talked.")) ==
        Strings{"Mr. Price and Dr. Jones met Gov. Smith on Sept. 5.", "They talked."});
  CHECK(sentence_texts(tokenized("It was Jan. 4 when they met.")).size() == 1);
}

TEST_CASE("initials stay with the name", "[sentences]") {
  CHECK(sentence_texts(tokenized("The author J. R. R. Tolkien wrote it. It sold.")) ==
        Strings{"The author J. R. R. Tolkien wrote it.", "It sold."});
}

TEST_CASE("U.S. ends a sentence only before a sentence opener", "[sentences]") {
  CHECK(sentence_texts(tokenized("The U.S. Senate voted.")).size() == 1);
  CHECK(sentence_texts(tokenized("They flew to the U.S. The talks began.")) ==
        Strings{"They flew to the U.S.", "The talks began."});
}

TEST_CASE("a paragraph end always ends a sentence", "[sentences]") {
  Document doc = tokenized("A headline without a period\n\nThe body starts here.");
  CHECK(sentence_texts(doc) == Strings{"A headline without a period", "The body starts here."});
  CHECK(doc.sentences[1].paragraph == 1);
}

TEST_CASE("a single line break after a sentence end starts a paragraph in a text with blank lines", "[sentences]") {
  Document doc = analysed("Title\n\nShe spoke first.\nRep. Ames spoke next. The talks went\non for hours.");
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.slice(doc.paragraphs[2].span) == "Rep. Ames spoke next. The talks went\non for hours.");
}

TEST_CASE("'No.' holds its sentence together only before a number", "[sentences]") {
  CHECK(sentence_texts(tokenized("He lives at No. 10 Downing Street. They talked.")).size() == 2);
  CHECK(sentence_texts(tokenized("The mayor said no. The council said yes.")) ==
        Strings{"The mayor said no.", "The council said yes."});
}
