#include "offsets.h"

#include <algorithm>

namespace whosaid {

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  identity_ = unit == OffsetUnit::Byte ||
              std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (identity_) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  uint64_t units = 0;
  for (uint32_t at = 0; at <= text.size(); at += kStride) {
    checkpoints_.push_back(units);
    units += units_of(at, std::min<uint32_t>(at + kStride, static_cast<uint32_t>(text.size())));
  }
}

uint64_t OffsetMap::units_of(uint32_t from, uint32_t to) const {
  uint64_t n = 0;
  for (uint32_t i = from; i < to; ++i) {
    auto c = static_cast<unsigned char>(text_[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    n += (unit_ == OffsetUnit::Utf16 && c >= 0xF0) ? 2 : 1;
  }
  return n;
}

uint64_t OffsetMap::convert(uint32_t byte_offset) const {
  if (identity_) return byte_offset;
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(text_.size()));
  uint32_t block = byte_offset / kStride;
  return checkpoints_[block] + units_of(block * kStride, byte_offset);
}

}  // namespace whosaid
