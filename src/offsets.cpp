#include "offsets.h"

#include <algorithm>
#include <cstring>

namespace whosaid {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Per byte of `word`, the high bit set where the byte is a UTF-8 continuation byte (10xxxxxx); and
// where it leads a four-byte sequence (11110xxx), a character of two UTF-16 units.
uint64_t continuation_bits(uint64_t word) { return word & ~(word << 1) & kHighBits; }
uint64_t four_byte_lead_bits(uint64_t word) { return word & (word << 1) & (word << 2) & (word << 3) & kHighBits; }

// How many of the bytes' high bits are set, without the popcnt instruction a portable build lacks.
uint64_t count_high_bits(uint64_t bits) { return ((bits >> 7) * 0x0101010101010101ULL) >> 56; }

}  // namespace

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
  uint64_t n = to - from;
  uint32_t i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t word;
    std::memcpy(&word, text_.data() + i, 8);
    n -= count_high_bits(continuation_bits(word));
    if (unit_ == OffsetUnit::Utf16) n += count_high_bits(four_byte_lead_bits(word));
  }
  for (; i < to; ++i) {
    auto c = static_cast<unsigned char>(text_[i]);
    if ((c & 0xC0) == 0x80) --n;
    if (unit_ == OffsetUnit::Utf16 && c >= 0xF0) ++n;
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
