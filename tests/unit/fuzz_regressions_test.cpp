#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "test_util.h"
#include "utf8.h"
#include "whosaid/check.h"
#include "whosaid/writers.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {
std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

TEST_CASE("inputs that once crashed the pipeline fuzzer run through every stage", "[fuzz]") {
  std::filesystem::path dir = std::filesystem::path(WHOSAID_TEST_DATA) / "fuzz-crashes";
  int inputs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("pipeline-", 0) != 0) continue;
    INFO(entry.path().string());
    for (bool with_dct : {false, true}) {
      Document doc = make_document(read_bytes(entry.path()));
      if (with_dct) doc.dct = "2022-02-02";
      sanitize_text(doc);
      Pipeline(shared_default_rules()).run(doc);
      CHECK_FALSE(to_json(doc, OffsetUnit::Utf16, true).empty());
      check_document(doc, default_rules(), "fuzz", {});
    }
    ++inputs;
  }
  CHECK(inputs >= 1);
}
