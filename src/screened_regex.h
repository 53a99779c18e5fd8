// An RE2 search that stays fast on text it has not seen before.
//
// RE2 searches without an anchor by running a DFA that starts a new thread at every position. A
// counted repetition ("[wS]{0,3}", "[^.]{0,12}") makes each thread keep its own count, so on new
// text the DFA builds a new state at nearly every byte, and building a state costs hundreds of
// times more than following one. The screen is the same pattern with every count opened up
// ("[wS]*", "[^.]*"): it matches wherever the pattern does, has few states, and finds where the
// leftmost match can start. The pattern itself is then tried anchored from there.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

namespace whosaid {

class ScreenedRegex {
 public:
  explicit ScreenedRegex(std::shared_ptr<const re2::RE2> regex);

  // The same result as regex().Match(text, pos, text.size(), UNANCHORED, groups, n).
  bool find(re2::StringPiece text, size_t pos, re2::StringPiece* groups, int n) const;
  const re2::RE2& regex() const { return *regex_; }

 private:
  std::shared_ptr<const re2::RE2> regex_;
  std::shared_ptr<const re2::RE2> screen_;  // null when the screen would not compile
};

// `pattern` with every counted repetition opened up: X{0,n} -> X*, X{1,n} -> X+, X{m,n} -> X{m,}.
// Its language holds the pattern's.
std::string without_counts(std::string_view pattern);

// Where the character class opening at `open` ends: its ']' (RE2 syntax: a ']' first is literal,
// escapes, and [:alpha:] inside), or npos.
size_t class_end(std::string_view pattern, size_t open);

}  // namespace whosaid
