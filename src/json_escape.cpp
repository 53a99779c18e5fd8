#include "json_escape.h"

#include <fmt/format.h>

#include <cmath>

namespace whosaid {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;  // start of the current run of bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    const char* escape = nullptr;
    char unicode[7] = {'\\', 'u', '0', '0', 0, 0, 0};
    if (c == '"') {
      escape = "\\\"";
    } else if (c == '\\') {
      escape = "\\\\";
    } else if (c == '\n') {
      escape = "\\n";
    } else if (c == '\r') {
      escape = "\\r";
    } else if (c == '\t') {
      escape = "\\t";
    } else if (c == '\b') {
      escape = "\\b";
    } else if (c == '\f') {
      escape = "\\f";
    } else if (c < 0x20 || c == 0x7F) {
      unicode[4] = kHex[c >> 4];
      unicode[5] = kHex[c & 15];
      escape = unicode;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out.append(s.substr(run, i - run));
      out.append(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
      i += 2;
      run = i + 1;
      continue;
    }
    if (escape) {
      out.append(s.substr(run, i - run));
      out.append(escape);
      run = i + 1;
    }
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
  append_json_string(out_, k);
  out_.append(pretty_ ? ": " : ":");
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
  out_.append(std::to_string(n));
  return *this;
}

JsonBuilder& JsonBuilder::value(double d) {
  before_value();
  if (!std::isfinite(d)) d = 0;
  out_.append(fmt::format("{:.3g}", d));
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
