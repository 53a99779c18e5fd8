// Small string helpers shared by the stages and the rules loader.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The possessive ending as the tokenizer splits it off: "Li's", "Li’s".
inline bool is_possessive_ending(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s"; }

// "himself", "themselves": a reflexive pronoun, in lower case.
inline bool is_reflexive_pronoun(std::string_view w) { return w.ends_with("self") || w.ends_with("selves"); }

// A pronoun of more than one ("they", "we"), as the pronouns map (rules/en/maps/pronouns.tsv)
// numbers it.
template <class Map>
bool is_plural_pronoun(const Map& pronouns, std::string_view word) {
  const auto* info = pronouns.find(word);
  return info && info->size() > 1 && (*info)[1] == "pl";
}

// "advocates said", "reports say": a word in -s before a verb that agrees with a plural is a noun,
// even when it could be a verb itself ("declined comment" and "expressed doubts" are verb and noun).
inline bool is_plural_before_verb(std::string_view word, std::string_view verb) {
  return word.size() > 3 && word.ends_with('s') && !verb.ends_with('s');
}

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// `word` is `lower` but for ASCII capitals ("The" is "the"), compared without a copy.
inline bool folds_to(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if ((is_ascii_upper(word[i]) ? static_cast<char>(word[i] - 'A' + 'a') : word[i]) != lower[i]) return false;
  return true;
}

// Lower-cases `s` into `buffer` without allocating; a word longer than the buffer comes back as is
// (no list holds a word that long).
template <size_t N>
std::string_view ascii_lower_into(std::string_view s, char (&buffer)[N]) {
  if (s.size() > N) return s;
  for (size_t i = 0; i < s.size(); ++i) buffer[i] = is_ascii_upper(s[i]) ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
  return {buffer, s.size()};
}

// "made" and "clear" as "made clear" in `buffer`; empty when the two do not fit.
template <size_t N>
std::string_view joined_into(std::string_view first, std::string_view second, char (&buffer)[N]) {
  if (first.size() + 1 + second.size() > N) return {};
  std::copy(first.begin(), first.end(), buffer);
  buffer[first.size()] = ' ';
  std::copy(second.begin(), second.end(), buffer + first.size() + 1);
  return {buffer, first.size() + 1 + second.size()};
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Trims and folds every run of white space into one space.
inline std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : trim(s)) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

inline std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    parts.emplace_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

}  // namespace whosaid
