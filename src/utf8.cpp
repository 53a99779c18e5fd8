#include "utf8.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace whosaid {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_control(unsigned char c) { return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'; }

}  // namespace

bool looks_binary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  if (head.empty()) return false;
  size_t nul = std::count(head.begin(), head.end(), '\0');
  size_t control =
      std::count_if(head.begin(), head.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); });
  // UTF-16 text has NULs in every other byte but is text; it is decoded before this check.
  return nul * 100 > head.size() || control * 10 > head.size();
}

bool decode_utf16_with_bom(std::string& bytes) {
  if (bytes.size() < 2) return false;
  auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  const char* charset = nullptr;
  if (b0 == 0xFF && b1 == 0xFE) charset = "UTF-16LE";
  if (b0 == 0xFE && b1 == 0xFF) charset = "UTF-16BE";
  if (!charset) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::string_view body(bytes.data() + 2, bytes.size() - 2);
  std::string out(body.size() * 2 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), body.data(),
                           static_cast<int32_t>(body.size()), &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<size_t>(n));
  bytes = std::move(out);
  return true;
}

std::string describe_position(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line =
      1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
  if (offset > 0 && text[offset - 1] == '\n') line_start = offset;
  size_t column = 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return fmt::format("line {}, column {}", line, column);
}

void sanitize_text(Document& doc) {
  std::string& text = doc.text;
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  // Fast check: most documents are clean and are left untouched.
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  bool clean = text.size() <= INT32_MAX;
  while (clean && i < length) {
    if (data[i] < 0x80) {
      if (data[i] == 0) clean = false;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) clean = false;
  }
  if (clean) return;

  std::string fixed;
  fixed.reserve(text.size() + 16);
  size_t invalid = 0, nuls = 0;
  std::optional<size_t> first_invalid, first_nul;
  int32_t pos = 0;
  while (pos < length) {
    int32_t start = pos;
    UChar32 c;
    U8_NEXT(data, pos, length, c);
    if (c == 0) {
      if (!first_nul) first_nul = fixed.size();
      ++nuls;
      fixed.append(kReplacement);
    } else if (c < 0) {
      if (!first_invalid) first_invalid = fixed.size();
      ++invalid;
      fixed.append(kReplacement);
    } else {
      fixed.append(text, static_cast<size_t>(start), static_cast<size_t>(pos - start));
    }
  }
  if (text.size() > static_cast<size_t>(length)) {
    doc.add_problem(Severity::Error, "too-large", "document larger than 2 GiB: the rest was dropped");
  }
  text = std::move(fixed);
  if (invalid)
    doc.add_problem(Severity::Error, "invalid-utf8",
                    fmt::format("invalid UTF-8: {} sequence{} replaced with U+FFFD, the first at {}", invalid,
                                invalid == 1 ? "" : "s", describe_position(text, *first_invalid)),
                    static_cast<uint32_t>(*first_invalid));
  if (nuls)
    doc.add_problem(Severity::Error, "nul-byte",
                    fmt::format("{} NUL byte{} replaced with U+FFFD, the first at {}", nuls, nuls == 1 ? "" : "s",
                                describe_position(text, *first_nul)),
                    static_cast<uint32_t>(*first_nul));
}

}  // namespace whosaid
