#include "input.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_util.h"

using namespace whosaid;

namespace {

std::string write_temp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / ("whosaid-test-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::vector<Document> read_all(std::vector<std::string> paths, InputOptions options = {}) {
  DocumentSource source(std::move(paths), options);
  std::vector<Document> docs;
  Document doc;
  while (source.next(doc)) docs.push_back(doc);
  return docs;
}

}  // namespace

TEST_CASE("JSON Lines: one document per line, malformed lines become error records", "[input]") {
  std::string path = write_temp("a.jsonl",
                                "{\"id\": \"one\", \"text\": \"First.\", \"date\": \"2022-02-02T10:00:00Z\"}\n"
                                "not json at all\n"
                                "\n"
                                "{\"id\": 7, \"text\": \"Third.\"}\n"
                                "{\"id\": \"four\"}\n"
                                "[1, 2]\n"
                                "{\"id\": \"six\", \"text\": \"Six\", \"dct\": \"yesterday\"}\n");
  auto docs = read_all({path});
  REQUIRE(docs.size() == 6);
  CHECK(docs[0].id == "one");
  CHECK(docs[0].text == "First.");
  CHECK(docs[0].dct == "2022-02-02");
  CHECK(docs[1].id == path + ":2");
  CHECK_FALSE(docs[1].analysable);
  CHECK(docs[1].problems.at(0).code == "malformed-json");
  CHECK(docs[2].id == "7");
  CHECK(docs[2].source_line == 4);
  CHECK(docs[3].problems.at(0).code == "no-text");
  CHECK(docs[4].problems.at(0).code == "malformed-json");
  CHECK_FALSE(docs[5].dct);
  CHECK(docs[5].problems.at(0).code == "bad-date");
  std::remove(path.c_str());
}

TEST_CASE("JSON Lines fields can be renamed", "[input]") {
  std::string path = write_temp("b.jsonl", "{\"doc\": \"x\", \"body\": \"Hi.\", \"when\": \"2020-01-01\"}\n");
  InputOptions options;
  options.id_field = "doc";
  options.text_field = "body";
  options.date_field = "when";
  auto docs = read_all({path}, options);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "x");
  CHECK(docs[0].text == "Hi.");
  CHECK(docs[0].dct == "2020-01-01");
  std::remove(path.c_str());
}

TEST_CASE("text files: the path is the id, --dct applies, problems are recorded", "[input]") {
  std::string good = write_temp("good.txt", "An article.");
  std::string empty = write_temp("empty.txt", "");
  std::string binary = write_temp("bin.txt", std::string("\x7F"
                                                         "ELF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
                                                         20));
  InputOptions options;
  options.dct = "2022-02-02";
  auto docs = read_all({good, empty, binary, "/nonexistent/file.txt"}, options);
  REQUIRE(docs.size() == 4);
  CHECK(docs[0].id == good);
  CHECK(docs[0].dct == "2022-02-02");
  CHECK(docs[0].problems.empty());
  CHECK(docs[1].problems.at(0).code == "empty");
  CHECK(docs[1].problems.at(0).severity == Severity::Warning);
  CHECK(docs[2].problems.at(0).code == "binary");
  CHECK_FALSE(docs[2].analysable);
  CHECK(docs[3].problems.at(0).code == "unreadable");
  for (const auto& p : {good, empty, binary}) std::remove(p.c_str());
}

TEST_CASE("folders are read recursively in sorted order", "[input]") {
  auto dir = std::filesystem::temp_directory_path() / ("whosaid-dir-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "B.";
  std::ofstream(dir / "sub" / "a.md") << "A.";
  std::ofstream(dir / "skip.bin") << "no";
  std::ofstream(dir / "c.jsonl") << "{\"id\":\"c1\",\"text\":\"C.\"}\n{\"id\":\"c2\",\"text\":\"D.\"}\n";
  auto docs = read_all({dir.string()});
  REQUIRE(docs.size() == 4);
  CHECK(docs[0].text == "B.");
  CHECK(docs[1].id == "c1");
  CHECK(docs[2].id == "c2");
  CHECK(docs[3].text == "A.");
  std::filesystem::remove_all(dir);
}

TEST_CASE("ISO dates", "[input]") {
  CHECK(parse_iso_date("2022-02-02") == "2022-02-02");
  CHECK(parse_iso_date("2022-02-02T00:00:00") == "2022-02-02");
  CHECK_FALSE(parse_iso_date("2022-13-02"));
  CHECK_FALSE(parse_iso_date("Feb 2, 2022"));
}
