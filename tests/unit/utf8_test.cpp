#include "utf8.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

TEST_CASE("invalid UTF-8 becomes U+FFFD with one error naming its place", "[utf8]") {
  Document doc = make_document("ok\nbad \xC3\x28 and \xFF here");
  sanitize_text(doc);
  CHECK(doc.text == "ok\nbad \xEF\xBF\xBD( and \xEF\xBF\xBD here");
  REQUIRE(doc.problems.size() == 1);
  CHECK(doc.problems[0].code == "invalid-utf8");
  CHECK(doc.problems[0].severity == Severity::Error);
  CHECK(doc.problems[0].message.find("2 sequences") != std::string::npos);
  CHECK(doc.problems[0].message.find("line 2, column 5") != std::string::npos);
}

TEST_CASE("valid text is left alone, a BOM is dropped", "[utf8]") {
  Document doc = make_document("\xEF\xBB\xBFPutin\xE2\x80\x99s view");
  sanitize_text(doc);
  CHECK(doc.text == "Putin\xE2\x80\x99s view");
  CHECK(doc.problems.empty());
}

TEST_CASE("NUL bytes are replaced and reported", "[utf8]") {
  Document doc = make_document(std::string("a\0b", 3));
  sanitize_text(doc);
  CHECK(doc.text ==
        "a\xEF\xBF\xBD"
        "b");
  REQUIRE(doc.problems.size() == 1);
  CHECK(doc.problems[0].code == "nul-byte");
}

TEST_CASE("UTF-16 with a byte order mark is decoded", "[utf8]") {
  std::string le("\xFF\xFEH\0i\0", 6);
  REQUIRE(decode_utf16_with_bom(le));
  CHECK(le == "Hi");
  std::string plain = "Hi";
  CHECK_FALSE(decode_utf16_with_bom(plain));
}

TEST_CASE("binary data is recognised", "[utf8]") {
  std::string elf(
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
      24);
  CHECK(looks_binary(elf));
  CHECK_FALSE(looks_binary("Plain article text.\n\nWith paragraphs."));
}
