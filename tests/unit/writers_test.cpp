#include "whosaid/writers.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <catch2/catch.hpp>

#include "json_escape.h"
#include "offsets.h"
#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {
std::string parse_back(const std::string& json_string) {
  simdjson::dom::parser parser;
  std::string_view value;
  auto error = parser.parse(json_string).get_string().get(value);
  REQUIRE_FALSE(error);
  return std::string(value);
}

// What a writer writes for one document and at its end.
std::string emitted(Writer& writer, const Document& doc) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  {
    OutputStream out(fds[1]);
    writer.emit(writer.format(doc), out);
    writer.finish(out);
  }
  close(fds[1]);
  std::string written;
  char buffer[4096];
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) written.append(buffer, static_cast<size_t>(n));
  close(fds[0]);
  return written;
}
}  // namespace

TEST_CASE("JSON escaping is exact for every character", "[writers]") {
  std::string all;
  for (int c = 1; c < 128; ++c) all.push_back(static_cast<char>(c));
  all += "\xE2\x80\xA8 \xE2\x80\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80";
  std::string out;
  append_json_string(out, all);
  CHECK(parse_back(out) == all);
  CHECK(out.find("\\u2028") != std::string::npos);
  CHECK(out.find('\n') == std::string::npos);
}

TEST_CASE("a record parses back with the contract's fields", "[writers]") {
  Document doc = analysed("Russian President Vladimir Putin said \"we\tare \\ ready\".\n\nHe left.");
  std::string json = to_json(doc, OffsetUnit::CodePoint, false);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  REQUIRE_FALSE(parser.parse(json).get(root));
  CHECK(int64_t(root["schema"]) == 1);
  CHECK(std::string_view(root["id"]) == "test");
  for (const char* key : {"entities", "quotes", "dates", "stances", "errors"}) CHECK(root[key].is_array());
  CHECK(root["dct"].is_null());
}

TEST_CASE("offsets in code points, bytes or UTF-16 units", "[writers]") {
  Document doc = analysed("\xF0\x9F\x98\x80 \xC3\xA9 Joe Biden spoke.");
  auto start_of_biden = [&](OffsetUnit unit) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    std::string json = to_json(doc, unit, false);
    REQUIRE_FALSE(parser.parse(json).get(root));
    return int64_t(root["entities"].at(0)["mentions"].at(0)["start"]);
  };
  CHECK(start_of_biden(OffsetUnit::CodePoint) == 4);
  CHECK(start_of_biden(OffsetUnit::Utf16) == 5);
  CHECK(start_of_biden(OffsetUnit::Byte) == 8);
}

TEST_CASE("every byte offset converts as counting the characters before it one by one", "[writers]") {
  // One, two, three and four bytes a character, long enough to cross many 64-byte checkpoints.
  std::string text;
  for (int i = 0; i < 40; ++i) text += std::string("ab\xC3\xA9 \xE2\x80\x9C") + (i % 3 ? "\xF0\x9F\x98\x80" : "x");
  OffsetMap code_points(text, OffsetUnit::CodePoint), utf16(text, OffsetUnit::Utf16);
  uint64_t characters = 0, units = 0;
  for (uint32_t at = 0; at <= text.size(); ++at) {
    bool boundary = at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    if (!boundary) continue;
    INFO("byte offset " << at);
    CHECK(code_points.convert(at) == characters);
    CHECK(utf16.convert(at) == units);
    if (at == text.size()) break;
    ++characters;
    units += static_cast<unsigned char>(text[at]) >= 0xF0 ? 2 : 1;
  }
}

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[writers]") {
  Document doc = analysed("Foreign Minister Sergei Lavrov spoke.");
  doc.id = "a,\"b\"";
  WriterOptions options;
  options.records = "entities";
  auto writer = make_writer("csv", options);
  REQUIRE(writer);
  std::string rows = writer->format(doc);
  CHECK(rows.rfind("\"a,\"\"b\"\"\",E1,Sergei Lavrov,PERSON,Foreign Minister,,mentioned,1,", 0) == 0);
  CHECK(rows.size() >= 2);
  CHECK(rows.substr(rows.size() - 2) == "\r\n");
  CHECK(make_writer("csv", WriterOptions{OffsetUnit::CodePoint, "nonsense"}) == nullptr);
  CHECK(make_writer("yaml", options) == nullptr);
}

TEST_CASE("the JSON writer writes one object for one document, an array for more", "[writers]") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  OutputStream out(fds[1]);
  auto writer = make_writer("json", {});
  Document doc = analysed("Text.");
  writer->emit(writer->format(doc), out);
  writer->finish(out);
  close(fds[1]);
  char buffer[4096];
  ssize_t n = read(fds[0], buffer, sizeof buffer);
  close(fds[0]);
  REQUIRE(n > 0);
  CHECK(buffer[0] == '{');
}

TEST_CASE("a joint source's other speakers: ids in JSON, names in CSV and text", "[writers]") {
  Document doc = analysed("Prime Minister Ann Lee and President Jo Park said the talks had failed.");
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  std::string json = to_json(doc, OffsetUnit::CodePoint, false);
  REQUIRE_FALSE(parser.parse(json).get(root));
  simdjson::dom::element quote = root["quotes"].at(0);
  CHECK(std::string_view(quote["speaker_name"]) == "Ann Lee");
  simdjson::dom::array co_speakers = quote["co_speakers"];
  REQUIRE(co_speakers.size() == 1);
  CHECK(std::string_view(co_speakers.at(0)) == "E2");
  std::string table = emitted(*make_writer("csv", {}), doc);
  CHECK(table.find(",speaker_mention,co_speaker_names,cue,") != std::string::npos);
  CHECK(table.find(",Prime Minister Ann Lee and President Jo Park,Jo Park,said,") != std::string::npos);
  CHECK(make_writer("text", {})->format(doc).find("Ann Lee (Prime Minister) and Jo Park:") != std::string::npos);
}

TEST_CASE("confidences are written as three significant digits would be by the general format", "[writers]") {
  for (int k = 0; k <= 20000; ++k) {
    for (double d : {k / 20000.0, static_cast<double>(static_cast<float>(k / 20000.0))}) {
      std::string out;
      JsonBuilder(out).value(d);
      INFO(d);
      CHECK(out == fmt::format("{:.3g}", d));
    }
  }
}
