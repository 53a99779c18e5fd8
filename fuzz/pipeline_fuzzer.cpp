// libFuzzer target: arbitrary bytes as an article, through every stage, the writers and the checks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "utf8.h"
#include "whosaid/check.h"
#include "whosaid/pipeline.h"
#include "whosaid/rules.h"
#include "whosaid/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto rules = whosaid::load_rules().rules;
  static const whosaid::Pipeline pipeline(rules);
  whosaid::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  if (size > 0 && data[0] % 2) doc.dct = "2022-02-02";
  whosaid::sanitize_text(doc);
  pipeline.run(doc);
  std::string json = whosaid::to_json(doc, whosaid::OffsetUnit::Utf16, size % 3 == 0);
  auto diagnostics = whosaid::check_document(doc, *rules, "fuzz", {});
  std::string text = whosaid::diagnostics_as_text(diagnostics);
  return json.empty() || text.size() > (1u << 30);
}
