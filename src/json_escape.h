// A small JSON text builder with exact escaping, used by the writers. The input is valid UTF-8
// (documents are sanitised on the way in), so only quotes, backslashes, control characters and the
// line separators U+2028/U+2029 need escapes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

void append_json_string(std::string& out, std::string_view s);

class JsonBuilder {
 public:
  explicit JsonBuilder(std::string& out, bool pretty = false, int base_indent = 0)
      : out_(out), pretty_(pretty), base_indent_(base_indent) {}

  JsonBuilder& begin_object();
  JsonBuilder& end_object();
  JsonBuilder& begin_array();
  JsonBuilder& end_array();
  // A key is a field name from the code: ASCII that needs no escape.
  JsonBuilder& key(std::string_view k);
  JsonBuilder& value(std::string_view s);
  JsonBuilder& value(const char* s) { return value(std::string_view(s)); }
  JsonBuilder& value(int64_t n);
  JsonBuilder& value(double d);
  JsonBuilder& value(bool b);
  JsonBuilder& null();

 private:
  struct Level {
    bool is_array;
    bool empty;
  };
  std::string& out_;
  bool pretty_;
  int base_indent_;
  std::vector<Level> levels_;
  bool after_key_ = false;

  void before_value();
  void newline_indent(size_t depth);
};

}  // namespace whosaid
