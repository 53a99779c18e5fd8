#include "json_escape.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <iterator>

namespace whosaid {

namespace {

// Bytes that may need an escape: the quote, the backslash, controls, and 0xE2, the lead byte of
// U+2028 and U+2029 (line breaks to JavaScript).
constexpr std::array<bool, 256> kMayEscape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<size_t>(c)] = true;
  for (unsigned char c : {'"', '\\', '\x7F', '\xE2'}) table[c] = true;
  return table;
}();

// The escape for the byte at s[i], or empty when it stands as it is; `width` is the bytes it replaces.
std::string_view escape_at(std::string_view s, size_t i, char (&unicode)[7], size_t& width) {
  static constexpr char kHex[] = "0123456789abcdef";
  width = 1;
  switch (auto c = static_cast<unsigned char>(s[i])) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case 0xE2: {
      bool separator = i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                       (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9);
      if (!separator) return {};
      width = 3;
      return static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
    }
    default:
      unicode[4] = kHex[c >> 4];
      unicode[5] = kHex[c & 15];
      return {unicode, 6};
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  size_t first = 0;  // the first byte that may need an escape
  while (first < s.size() && !kMayEscape[static_cast<unsigned char>(s[first])]) ++first;
  if (first == s.size()) {  // nothing to escape, the common case: one copy
    size_t at = out.size();
    out.resize(at + s.size() + 2);
    out[at] = '"';
    s.copy(out.data() + at + 1, s.size());
    out.back() = '"';
    return;
  }
  out.push_back('"');
  size_t run = 0;  // start of the current run of bytes that need no escape
  for (size_t i = first; i < s.size(); ++i) {
    if (!kMayEscape[static_cast<unsigned char>(s[i])]) continue;
    char unicode[7] = {'\\', 'u', '0', '0', 0, 0, 0};
    size_t width = 1;
    std::string_view escape = escape_at(s, i, unicode, width);
    if (escape.empty()) continue;
    out.append(s.substr(run, i - run));
    out.append(escape);
    i += width - 1;
    run = i + 1;
  }
  out.append(s.substr(run));
  out.push_back('"');
}

void JsonBuilder::newline_indent(size_t depth) {
  out_.push_back('\n');
  out_.append(static_cast<size_t>(base_indent_) + depth * 2, ' ');
}

void JsonBuilder::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.empty) out_.push_back(',');
  level.empty = false;
  if (pretty_) newline_indent(levels_.size());
}

JsonBuilder& JsonBuilder::begin_object() {
  before_value();
  out_.push_back('{');
  levels_.push_back({false, true});
  return *this;
}

JsonBuilder& JsonBuilder::end_object() {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (pretty_ && !empty) newline_indent(levels_.size());
  out_.push_back('}');
  return *this;
}

JsonBuilder& JsonBuilder::begin_array() {
  before_value();
  out_.push_back('[');
  levels_.push_back({true, true});
  return *this;
}

JsonBuilder& JsonBuilder::end_array() {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (pretty_ && !empty) newline_indent(levels_.size());
  out_.push_back(']');
  return *this;
}

JsonBuilder& JsonBuilder::key(std::string_view k) {
  before_value();
  out_.push_back('"');
  out_.append(k);
  out_.append(pretty_ ? "\": " : "\":");
  after_key_ = true;
  return *this;
}

JsonBuilder& JsonBuilder::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
  return *this;
}

JsonBuilder& JsonBuilder::value(int64_t n) {
  before_value();
  fmt::format_int digits(n);
  out_.append(digits.data(), digits.size());
  return *this;
}

namespace {

// A confidence between 0.1 and 1 in three significant digits ("0.85", "1"), as {:.3g} writes it,
// without the general formatter; a value near a rounding tie goes to fmt.
bool append_unit_fraction(std::string& out, double d) {
  if (!(d >= 0.1 && d <= 1.0)) return false;
  double scaled = d * 1000;
  double thousandths = std::round(scaled);
  if (std::abs(scaled - thousandths) > 0.49) return false;
  auto k = static_cast<int>(thousandths);
  if (k == 1000) {
    out.push_back('1');
    return true;
  }
  char digits[3] = {static_cast<char>('0' + k / 100), static_cast<char>('0' + k / 10 % 10),
                    static_cast<char>('0' + k % 10)};
  size_t length = digits[2] != '0' ? 3 : digits[1] != '0' ? 2 : 1;
  out.append("0.");
  out.append(digits, length);
  return true;
}

}  // namespace

JsonBuilder& JsonBuilder::value(double d) {
  before_value();
  if (!std::isfinite(d)) d = 0;
  if (!append_unit_fraction(out_, d)) fmt::format_to(std::back_inserter(out_), FMT_COMPILE("{:.3g}"), d);
  return *this;
}

JsonBuilder& JsonBuilder::value(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
  return *this;
}

JsonBuilder& JsonBuilder::null() {
  before_value();
  out_.append("null");
  return *this;
}

}  // namespace whosaid
