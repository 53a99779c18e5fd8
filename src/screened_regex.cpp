#include "screened_regex.h"

#include <utility>

#include "text_util.h"

namespace whosaid {
namespace {

// Anchored tries after the screen's start before one unanchored search takes over: a bound, so
// that a screen that matches far ahead of the pattern costs no more than the plain search.
constexpr int kAnchoredTries = 8;

// The length of the "\Q...\E", "\x{41}", "\p{Greek}" or "\d" escape at `at`.
size_t escape_length(std::string_view pattern, size_t at) {
  if (at + 1 >= pattern.size()) return pattern.size() - at;
  char kind = pattern[at + 1];
  size_t close = std::string_view::npos;
  if (kind == 'Q') {
    close = pattern.find("\\E", at + 2);
    if (close != std::string_view::npos) ++close;
  } else if ((kind == 'x' || kind == 'p' || kind == 'P') && pattern.substr(at + 2, 1) == "{") {
    close = pattern.find('}', at + 3);
  } else {
    return 2;
  }
  return close == std::string_view::npos ? pattern.size() - at : close + 1 - at;
}

// "{m}", "{m,}" or "{m,n}" at `at`: its length and m; {0, 0} when the braces are no count.
std::pair<size_t, std::string_view> read_count(std::string_view pattern, size_t at) {
  size_t i = at + 1, digits = 0;
  while (i < pattern.size() && is_ascii_digit(pattern[i])) ++i, ++digits;
  if (digits == 0) return {0, {}};
  std::string_view minimum = pattern.substr(at + 1, digits);
  if (i < pattern.size() && pattern[i] == ',') {
    ++i;
    while (i < pattern.size() && is_ascii_digit(pattern[i])) ++i;
  }
  if (i >= pattern.size() || pattern[i] != '}') return {0, {}};
  return {i + 1 - at, minimum};
}

// "{m,}" for a count of at least m: "*" and "+" for 0 and 1.
void append_open_count(std::string& out, std::string_view minimum) {
  if (minimum == "0") {
    out += '*';
  } else if (minimum == "1") {
    out += '+';
  } else {
    out += '{';
    out.append(minimum);
    out += ",}";
  }
}

}  // namespace

size_t class_end(std::string_view pattern, size_t open) {
  size_t i = open + 1;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;
  while (i < pattern.size() && pattern[i] != ']') {
    if (pattern[i] == '\\') {
      i += escape_length(pattern, i);
    } else if (pattern.substr(i, 2) == "[:") {
      size_t close = pattern.find(":]", i + 2);
      if (close == std::string_view::npos) return close;
      i = close + 2;
    } else {
      ++i;
    }
  }
  return i < pattern.size() ? i : std::string_view::npos;
}

std::string without_counts(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size();) {
    size_t length = 1;
    if (pattern[i] == '\\') {
      length = escape_length(pattern, i);
    } else if (pattern[i] == '[') {
      size_t close = class_end(pattern, i);
      length = close == std::string_view::npos ? pattern.size() - i : close + 1 - i;
    } else if (pattern[i] == '{') {
      auto [count_length, minimum] = read_count(pattern, i);
      if (count_length > 0) {
        append_open_count(out, minimum);
        i += count_length;
        continue;
      }
    }
    out.append(pattern.substr(i, length));
    i += length;
  }
  return out;
}

ScreenedRegex::ScreenedRegex(std::shared_ptr<const re2::RE2> regex) : regex_(std::move(regex)) {
  re2::RE2::Options options = regex_->options();
  options.set_never_capture(true);
  auto screen = std::make_shared<const re2::RE2>(without_counts(regex_->pattern()), options);
  if (screen->ok()) screen_ = std::move(screen);
}

bool ScreenedRegex::find(re2::StringPiece text, size_t pos, re2::StringPiece* groups, int n) const {
  if (!screen_) return regex_->Match(text, pos, text.size(), re2::RE2::UNANCHORED, groups, n);
  re2::StringPiece screened;
  if (!screen_->Match(text, pos, text.size(), re2::RE2::UNANCHORED, &screened, 1)) return false;
  auto start = static_cast<size_t>(screened.data() - text.data());
  for (int tries = 0; tries < kAnchoredTries && start < text.size(); ++tries, ++start)
    if (regex_->Match(text, start, text.size(), re2::RE2::ANCHOR_START, groups, n)) return true;
  return regex_->Match(text, start, text.size(), re2::RE2::UNANCHORED, groups, n);
}

}  // namespace whosaid
