#include "dateline.h"

#include <algorithm>
#include <string_view>

namespace whosaid {
namespace {

constexpr uint32_t kDatelineTokens = 12;
constexpr size_t kDatelineParagraphs = 3;
constexpr uint32_t kPlaceWords = 3;   // "NEW DELHI:", "RIO DE JANEIRO:"
constexpr uint32_t kStampTokens = 4;  // "10:45", "a.m", ".", "-"

// The colon after one to three words in capitals (or, with `capitals` false, capitalised: "Q:")
// that opens paragraph `index`, or 0.
uint32_t colon_after_label(const Document& doc, size_t index, bool capitals) {
  const Paragraph& p = doc.paragraphs[index];
  uint32_t flag = capitals ? kAllCaps : kCapitalized | kAllCaps;
  for (uint32_t t = p.first_token; t < p.end_token && t <= p.first_token + kPlaceWords; ++t) {
    if (doc.token_text(t) == ":") return t > p.first_token ? t : 0;
    if ((doc.tokens[t].flags & flag) == 0) return 0;
  }
  return 0;
}

// "BHOPAL: The state government will ...": a place in capitals and a colon, unless a paragraph
// next to it opens with a label too (then they are an interview's or a transcript's: "ROSSI: No.").
uint32_t after_colon_dateline(const Document& doc, size_t index) {
  const Paragraph& p = doc.paragraphs[index];
  uint32_t colon = colon_after_label(doc, index, true);
  if (colon == 0 || colon + 1 >= p.end_token || !doc.tokens[colon + 1].has(kCapitalized)) return p.first_token;
  bool before = index > 0 && colon_after_label(doc, index - 1, false) != 0;
  bool after = index + 1 < doc.paragraphs.size() && colon_after_label(doc, index + 1, false) != 0;
  return before || after ? p.first_token : colon + 1;
}

// "10:45 a.m. - Governor Tom Keller said ...": a live report's time stamp and its dash, in any
// paragraph; the paragraph's first token when there is none.
uint32_t after_time_stamp(const Document& doc, const Paragraph& p) {
  uint32_t t = p.first_token;
  if (t >= p.end_token || doc.tokens[t].kind != TokenKind::Number ||
      doc.token_text(t).find(':') == std::string_view::npos)
    return p.first_token;
  for (uint32_t k = t + 1; k < p.end_token && k <= t + kStampTokens; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind == TokenKind::Dash)
      return k + 1 < p.end_token && doc.tokens[k + 1].has(kCapitalized) ? k + 1 : p.first_token;
    if (doc.token_text(k).size() > 4) return p.first_token;  // "a.m.", "p.m.", "ET", "."
  }
  return p.first_token;
}

}  // namespace

uint32_t after_dateline(const Document& doc, size_t index) {
  if (index >= doc.paragraphs.size()) return 0;
  const Paragraph& p = doc.paragraphs[index];
  if (uint32_t after = after_time_stamp(doc, p); after != p.first_token) return after;
  uint32_t t = p.first_token, end = std::min(p.end_token, p.first_token + kDatelineTokens);
  if (index >= kDatelineParagraphs || t >= end || !doc.tokens[t].has(kAllCaps)) return p.first_token;
  if (uint32_t after = after_colon_dateline(doc, index); after != p.first_token) return after;
  for (int depth = 0; t < end; ++t) {
    const Token& tok = doc.tokens[t];
    std::string_view text = doc.token_text(t);
    depth += text == "(" ? 1 : text == ")" ? -1 : 0;
    if (tok.kind == TokenKind::Dash && depth == 0) break;
    if (depth == 0 && tok.kind == TokenKind::Word && !tok.has(kCapitalized)) return p.first_token;
  }
  bool opens_sentence = t + 1 < p.end_token && doc.tokens[t + 1].has(kCapitalized);
  return t < end && opens_sentence ? t + 1 : p.first_token;
}

}  // namespace whosaid
