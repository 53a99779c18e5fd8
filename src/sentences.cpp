#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "text_util.h"

namespace whosaid {
namespace {

// ICU break iterators are not thread safe and costly to create: one per thread, reused.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  if (!iterator) {
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
    if (U_FAILURE(status)) iterator.reset();
  }
  return iterator.get();
}

// Byte offsets where ICU ends a sentence, in increasing order.
std::vector<uint32_t> icu_sentence_breaks(const std::string& text) {
  std::vector<uint32_t> breaks;
  icu::BreakIterator* it = sentence_iterator();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (!it || U_FAILURE(status)) {
    utext_close(ut);
    return breaks;
  }
  it->setText(ut, status);
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    breaks.push_back(static_cast<uint32_t>(b));
  utext_close(ut);
  return breaks;
}

class SentenceSplitter {
 public:
  SentenceSplitter(Document& doc, const RuleSet& rules)
      : doc_(doc),
        abbreviations_(rules.list("abbreviations")),
        number_abbreviations_(rules.list("number-abbreviations")),
        starters_(rules.list("sentence-starters")) {}

  void run() {
    doc_.sentences.clear();
    auto& tokens = doc_.tokens;
    if (tokens.empty()) return;
    std::vector<uint32_t> breaks = icu_sentence_breaks(doc_.text);
    size_t b = 0;
    uint32_t paragraph = 0;
    for (uint32_t i = 0; i < tokens.size(); ++i) {
      bool paragraph_start = tokens[i].has(kParagraphStart);
      if (paragraph_start && i > 0) ++paragraph;
      bool icu_break = false;
      while (b < breaks.size() && breaks[b] <= tokens[i].begin) {
        icu_break = icu_break || (i > 0 && breaks[b] >= tokens[i - 1].end);
        ++b;
      }
      if (paragraph_start || (icu_break && !keeps_together(i))) start_sentence(i, paragraph);
    }
    close_sentence(static_cast<uint32_t>(tokens.size()));
  }

 private:
  Document& doc_;
  const WordList& abbreviations_;
  const WordList& number_abbreviations_;  // "No. 10"
  const WordList& starters_;

  void start_sentence(uint32_t i, uint32_t paragraph) {
    if (!doc_.sentences.empty()) close_sentence(i);
    doc_.tokens[i].flags |= kSentenceStart;
    doc_.sentences.push_back({{doc_.tokens[i].begin, 0}, i, 0, paragraph});
  }

  void close_sentence(uint32_t end_token) {
    Sentence& s = doc_.sentences.back();
    s.end_token = end_token;
    s.span.end = doc_.tokens[end_token - 1].end;
  }

  // A break that ICU puts after an abbreviation or an initial, before token i, is not a sentence end.
  bool keeps_together(uint32_t i) const {
    const auto& tokens = doc_.tokens;
    if (i < 1) return false;
    std::string_view last = doc_.token_text(i - 1);
    std::string_view next = doc_.token_text(i);
    bool next_starts = starters_.contains(next);
    if (last.size() > 1 && last.back() == '.' && tokens[i - 1].kind == TokenKind::Word)  // U.S.  p.m.
      return !next_starts;
    if (last != "." || i < 2 || tokens[i - 2].kind != TokenKind::Word || tokens[i - 2].end != tokens[i - 1].begin)
      return false;
    std::string_view word = doc_.token_text(i - 2);
    if (abbreviations_.contains(word)) return true;
    if (number_abbreviations_.contains(word)) return tokens[i].kind == TokenKind::Number;
    bool initial = word.size() == 1 && is_ascii_upper(word[0]);
    return initial && tokens[i].has(kCapitalized) && !next_starts;
  }
};

}  // namespace

void split_sentences(Document& doc, const RuleSet& rules) { SentenceSplitter(doc, rules).run(); }

}  // namespace whosaid
