// Converting byte offsets into the units the user asked for: code points (the default), bytes or
// UTF-16 code units. A checkpoint every 64 bytes keeps each conversion short on long documents.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "whosaid/writers.h"

namespace whosaid {

class OffsetMap {
 public:
  OffsetMap(std::string_view text, OffsetUnit unit);
  uint64_t convert(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  OffsetUnit unit_;
  bool identity_ = false;
  std::vector<uint64_t> checkpoints_;  // units before byte k * kStride
  uint64_t units_of(uint32_t from, uint32_t to) const;
};

}  // namespace whosaid
