#include "tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text_util.h"

namespace whosaid {
namespace {

enum class CharClass : uint8_t { Space, Newline, Letter, Digit, Other };

struct Decoded {
  UChar32 cp;
  int32_t next;
};

class Tokenizer {
 public:
  explicit Tokenizer(Document& doc)
      : doc_(doc),
        data_(reinterpret_cast<const uint8_t*>(doc.text.data())),
        size_(static_cast<int32_t>(doc.text.size())) {}

  void run() {
    doc_.tokens.clear();
    doc_.tokens.reserve(doc_.text.size() / 5 + 1);
    newlines_before_.clear();
    newlines_before_.reserve(doc_.text.size() / 5 + 1);
    int32_t pos = 0;
    while (pos < size_) pos = step(pos);
    mark_paragraphs();
  }

 private:
  Document& doc_;
  const uint8_t* data_;
  int32_t size_;
  bool space_before_ = true;
  uint32_t newlines_ = 2;  // the text starts a paragraph
  std::vector<uint8_t> newlines_before_;

  Decoded decode(int32_t pos) const {
    if (data_[pos] < 0x80) return {data_[pos], pos + 1};
    UChar32 c;
    int32_t i = pos;
    U8_NEXT(data_, i, size_, c);
    return {c < 0 ? 0xFFFD : c, i};
  }

  static CharClass classify(UChar32 c) {
    if (c < 0x80) {
      auto b = static_cast<char>(c);
      if (b == '\n') return CharClass::Newline;
      if (is_space(b)) return CharClass::Space;
      if (is_ascii_alpha(b)) return CharClass::Letter;
      if (is_ascii_digit(b)) return CharClass::Digit;
      return CharClass::Other;
    }
    if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::Newline;
    if (u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B) return CharClass::Space;
    if (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK)) return CharClass::Letter;
    if (u_isdigit(c)) return CharClass::Digit;
    return CharClass::Other;
  }

  static bool is_upper(UChar32 c) { return c < 0x80 ? is_ascii_upper(static_cast<char>(c)) : u_isupper(c); }

  static bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
  static bool is_word_char(CharClass k) { return k == CharClass::Letter || k == CharClass::Digit; }

  CharClass class_at(int32_t pos) const { return pos < size_ ? classify(decode(pos).cp) : CharClass::Space; }

  void emit(int32_t begin, int32_t end, TokenKind kind, uint8_t extra = 0) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.flags = static_cast<uint8_t>(extra | (space_before_ ? kSpaceBefore : 0));
    doc_.tokens.push_back(t);
    newlines_before_.push_back(static_cast<uint8_t>(std::min<uint32_t>(newlines_, 2)));
    space_before_ = false;
    newlines_ = 0;
  }

  int32_t step(int32_t pos) {
    Decoded d = decode(pos);
    CharClass k = classify(d.cp);
    if (k == CharClass::Newline) {
      ++newlines_;
      space_before_ = true;
      return d.next;
    }
    if (k == CharClass::Space) {
      space_before_ = true;
      return d.next;
    }
    if (is_word_char(k)) return scan_word(pos);
    if (is_apostrophe(d.cp) && starts_decade(d.next)) return scan_word(pos, d.next);
    if (is_apostrophe(d.cp) && !space_before_ && is_possessive_s(d.next)) {
      emit(pos, d.next + 1, TokenKind::Word);
      return d.next + 1;
    }
    return scan_mark(pos, d);
  }

  // ’90s and '90s: an apostrophe that stands for the century.
  bool starts_decade(int32_t pos) const {
    return pos + 1 < size_ && is_ascii_digit(static_cast<char>(data_[pos])) &&
           is_ascii_digit(static_cast<char>(data_[pos + 1]));
  }

  int32_t scan_mark(int32_t pos, Decoded d) {
    UChar32 c = d.cp;
    int32_t next = d.next;
    if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB) {
      emit(pos, next, TokenKind::Quote, kDoubleMark);
    } else if (c == '`' && next < size_ && data_[next] == '`') {
      emit(pos, next + 1, TokenKind::Quote, kDoubleMark);
      return next + 1;
    } else if (c == '\'' && next < size_ && data_[next] == '\'') {
      if (!space_before_ && next + 1 < size_ && data_[next + 1] == '\'') {  // the three of "'old-school,'''": ' then ''
        emit(pos, next, TokenKind::Quote);
        return next;
      }
      emit(pos, next + 1, TokenKind::Quote, kDoubleMark);
      return next + 1;
    } else if (c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A || c == '`') {
      emit(pos, next, TokenKind::Quote);
    } else if (c == '-') {
      int32_t end = next;
      while (end < size_ && data_[end] == '-') ++end;
      bool spaced = space_before_ || class_at(end) != CharClass::Letter;
      emit(pos, end, (end - pos > 1 || spaced) ? TokenKind::Dash : TokenKind::Punct);
      return end;
    } else if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012 || c == 0x2212) {
      emit(pos, next, TokenKind::Dash);
    } else if (c < 0x80 || u_ispunct(c)) {
      emit(pos, next, TokenKind::Punct, c < 0x80 ? 0 : kNonAscii);
    } else {
      emit(pos, next, TokenKind::Symbol, kNonAscii);
    }
    return next;
  }

  // A word or number, with internal apostrophes (don't), hyphens (leader-level), acronym dots (U.S.),
  // and digit groups (1,000.5  3:30  2022-01-25). A final "’s" is its own token.
  int32_t scan_word(int32_t begin, int32_t pos = -1) {
    if (pos < 0) pos = begin;
    bool non_ascii = false;
    int32_t letters = 0, uppers = 0;
    UChar32 first = -1;
    while (pos < size_) {
      Decoded d = decode(pos);
      CharClass k = classify(d.cp);
      if (is_word_char(k)) {
        if (first < 0) first = d.cp;
        if (d.cp >= 0x80) non_ascii = true;
        if (k == CharClass::Letter) {
          ++letters;
          if (is_upper(d.cp)) ++uppers;
        }
        pos = d.next;
        continue;
      }
      int32_t joined = join_inside_word(begin, pos, d);
      if (joined < 0) break;
      if (d.cp >= 0x80) non_ascii = true;
      pos = joined;
    }
    uint8_t flags = non_ascii ? kNonAscii : 0;
    bool number = first >= 0 && (first < 0x80 ? is_ascii_digit(static_cast<char>(first)) : u_isdigit(first));
    if (!number && first >= 0 && is_upper(first)) flags |= kCapitalized;
    if (letters >= 2 && uppers == letters) flags |= kAllCaps;
    emit(begin, pos, number ? TokenKind::Number : TokenKind::Word, flags);
    return pos;
  }

  // Returns where the word goes on when the character at `pos` joins it, or -1 when it ends the word.
  int32_t join_inside_word(int32_t begin, int32_t pos, Decoded d) const {
    if (pos == begin) return -1;
    Decoded prev_char = decode(previous_start(pos));
    CharClass before = classify(prev_char.cp);
    CharClass after = class_at(d.next);
    if (is_apostrophe(d.cp)) {
      if (before != CharClass::Letter || after != CharClass::Letter) return -1;
      return is_possessive_s(d.next) ? -1 : d.next;
    }
    if (d.cp == '-' || d.cp == 0x2010 || d.cp == 0x2011)
      return is_word_char(before) && is_word_char(after) ? d.next : -1;
    if (d.cp == '.') return acronym_dot(begin, pos, before, after) ? d.next : -1;
    if (d.cp == '&')  // "AT&T", "S&P", "Q&A"
      return is_upper(prev_char.cp) && d.next < size_ && is_upper(decode(d.next).cp) ? d.next : -1;
    if (d.cp == ',' || d.cp == ':' || d.cp == '/')
      return before == CharClass::Digit && after == CharClass::Digit ? d.next : -1;
    return -1;
  }

  int32_t previous_start(int32_t pos) const {
    int32_t p = pos - 1;
    while (p > 0 && (data_[p] & 0xC0) == 0x80) --p;
    return p;
  }

  // "’s" or "'s" followed by a non-letter: a possessive or "he’s", split from the word.
  bool is_possessive_s(int32_t pos) const {
    if (pos >= size_ || (data_[pos] != 's' && data_[pos] != 'S')) return false;
    return class_at(pos + 1) != CharClass::Letter;
  }

  // Dots of acronyms and initials written together: U.S.  p.m.  J.D.  e.g.  3.5
  bool acronym_dot(int32_t begin, int32_t pos, CharClass before, CharClass after) const {
    if (before == CharClass::Digit && after == CharClass::Digit) return true;
    if (before != CharClass::Letter) return false;
    bool single_letter_before = pos - begin == 1 || (pos >= 2 && data_[pos - 2] == '.');
    if (!single_letter_before) return false;
    // Either another letter follows ("U.S"), or this closes an acronym begun earlier ("U.S.").
    if (after == CharClass::Letter) {
      int32_t n = decode(pos + 1).next;
      return n < size_ && data_[n] == '.';
    }
    return pos >= 2 && data_[pos - 2] == '.';
  }

  // Paragraphs are separated by blank lines; in a text with none, every line is a paragraph. A
  // single line break also starts one where a sentence ended and a capital or a quotation opens
  // the next line ("... backers.\nRep. Cummings said"); elsewhere it is a wrapped line.
  void mark_paragraphs() {
    auto& tokens = doc_.tokens;
    doc_.paragraphs.clear();
    if (tokens.empty()) return;
    bool blank_lines =
        std::any_of(newlines_before_.begin() + 1, newlines_before_.end(), [](uint8_t n) { return n >= 2; });
    uint8_t needed = blank_lines ? 2 : 1;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i == 0 || newlines_before_[i] >= needed || (newlines_before_[i] == 1 && line_opens_paragraph(i))) {
        tokens[i].flags |= kParagraphStart;
        if (!doc_.paragraphs.empty()) close_paragraph(static_cast<uint32_t>(i));
        doc_.paragraphs.push_back({{tokens[i].begin, 0}, static_cast<uint32_t>(i), 0});
      }
    }
    close_paragraph(static_cast<uint32_t>(tokens.size()));
  }

  bool line_opens_paragraph(size_t i) const {
    const auto& tokens = doc_.tokens;
    bool opens = tokens[i].has(kCapitalized) || tokens[i].kind == TokenKind::Quote;
    size_t last = i - 1;
    if (last > 0 && tokens[last].kind == TokenKind::Quote) --last;  // '... backers."'
    std::string_view end = doc_.slice({tokens[last].begin, tokens[last].end});
    return opens && (end == "." || end == "?" || end == "!");
  }

  void close_paragraph(uint32_t end_token) {
    Paragraph& p = doc_.paragraphs.back();
    p.end_token = end_token;
    p.span.end = doc_.tokens[end_token - 1].end;
  }
};

}  // namespace

void tokenize(Document& doc) { Tokenizer(doc).run(); }

}  // namespace whosaid
