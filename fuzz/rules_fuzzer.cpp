// libFuzzer target: arbitrary bytes as a rule file of each kind. Loading reports, never crashes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "whosaid/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kinds[] = {"en/lists/fuzz.list", "en/maps/fuzz.tsv", "en/patterns/fuzz.rules",
                                "en/patterns/quotes.rules"};
  std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto result = whosaid::compile_rules({{kinds[data[0] % 4], content}});
  for (const auto& d : result.diagnostics)
    if (d.to_string().empty()) return 1;
  return 0;
}
