#include "dateline.h"

#include <algorithm>
#include <string_view>

namespace whosaid {
namespace {

constexpr uint32_t kDatelineTokens = 12;
constexpr size_t kDatelineParagraphs = 3;

}  // namespace

uint32_t after_dateline(const Document& doc, size_t index) {
  if (index >= doc.paragraphs.size()) return 0;
  const Paragraph& p = doc.paragraphs[index];
  uint32_t t = p.first_token, end = std::min(p.end_token, p.first_token + kDatelineTokens);
  if (index >= kDatelineParagraphs || t >= end || !doc.tokens[t].has(kAllCaps)) return p.first_token;
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
