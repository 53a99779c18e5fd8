#include "quotations.h"

#include <fmt/format.h>

#include <algorithm>

#include "utf8.h"

namespace whosaid {
namespace {

enum class Direction : uint8_t { Open, Close, Either };

struct OpenMark {
  uint32_t token;
  bool is_double;
  int32_t quotation;  // index into doc.quotations once created (for continued paragraphs)
  uint32_t segment_start_token;
};

class QuotePairer {
 public:
  explicit QuotePairer(Document& doc) : doc_(doc), tokens_(doc.tokens) {}

  void run() {
    doc_.quotations.clear();
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].has(kParagraphStart) && i > 0) end_paragraph(i);
      if (tokens_[i].kind == TokenKind::Quote) place(i);
    }
    end_paragraph(static_cast<uint32_t>(tokens_.size()));
    report_unclosed_carried();
    link_nested();
    if (unbalanced_ > kMaxReports)
      doc_.add_problem(Severity::Warning, "unbalanced-quote",
                       fmt::format("{} more unbalanced quotation marks not listed", unbalanced_ - kMaxReports));
  }

 private:
  Document& doc_;
  std::vector<Token>& tokens_;
  std::vector<OpenMark> stack_;
  std::vector<OpenMark> carried_;            // double quotations left open at a paragraph end
  static constexpr size_t kMaxReports = 20;  // each report scans for its line number
  size_t unbalanced_ = 0;

  bool should_report() { return ++unbalanced_ <= kMaxReports; }

  bool attached_to_next(uint32_t i) const {
    if (i + 1 >= tokens_.size() || tokens_[i + 1].has(kSpaceBefore)) return false;
    if (tokens_[i + 1].kind != TokenKind::Punct) return true;
    std::string_view next = doc_.token_text(i + 1);
    return !(next == "," || next == "." || next == ";" || next == ":" || next == "!" || next == "?" || next == ")" ||
             next == "]");
  }
  bool attached_to_previous(uint32_t i) const { return i > 0 && !tokens_[i].has(kSpaceBefore); }
  bool after_opening_bracket(uint32_t i) const {
    if (i == 0 || tokens_[i].has(kSpaceBefore)) return false;
    std::string_view prev = doc_.token_text(i - 1);
    return prev == "(" || prev == "[" || tokens_[i - 1].kind == TokenKind::Dash ||
           (tokens_[i - 1].kind == TokenKind::Quote && tokens_[i - 1].quote_role == QuoteRole::Open);
  }

  Direction direction(uint32_t i) const {
    std::string_view mark = doc_.token_text(i);
    if (mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x9E" || mark == "\xC2\xAB" || mark == "``" ||
        mark == "\xE2\x80\x98" || mark == "\xE2\x80\x9A" || mark == "\xE2\x80\xB9" || mark == "`")
      return Direction::Open;
    if (mark == "\xE2\x80\x9D" || mark == "\xC2\xBB" || mark == "\xE2\x80\x99" || mark == "\xE2\x80\xBA")
      return Direction::Close;
    bool open_side = (tokens_[i].has(kSpaceBefore) || after_opening_bracket(i)) && attached_to_next(i);
    bool close_side = attached_to_previous(i) && !attached_to_next(i);
    if (open_side && !close_side) return Direction::Open;
    if (close_side && !open_side) return Direction::Close;
    return Direction::Either;
  }

  // A curly double mark typed the wrong way round ("...,“ said Clyburn" or ”Sorry"): where the
  // spacing says the opposite of the glyph and the pairing allows it, the spacing wins.
  Direction mended(uint32_t i, bool is_double, Direction dir) const {
    if (!is_double || dir == Direction::Either) return dir;
    bool open_side = (tokens_[i].has(kSpaceBefore) || after_opening_bracket(i)) && attached_to_next(i);
    bool close_side = attached_to_previous(i) && !attached_to_next(i);
    bool open_exists = innermost(true) >= 0;
    if (dir == Direction::Open && close_side && !open_side && open_exists) return Direction::Close;
    if (dir == Direction::Close && open_side && !close_side && !open_exists) return Direction::Open;
    return dir;
  }

  // German style „Ja“: the high mark that opens elsewhere closes a low one.
  bool closes_low_quote(uint32_t i, bool is_double) const {
    int32_t k = innermost(is_double);
    if (k < 0) return false;
    std::string_view opener = doc_.token_text(stack_[static_cast<size_t>(k)].token);
    std::string_view mark = doc_.token_text(i);
    return (opener == "\xE2\x80\x9E" && mark == "\xE2\x80\x9C") || (opener == "\xE2\x80\x9A" && mark == "\xE2\x80\x98");
  }

  int32_t innermost(bool is_double) const {
    for (size_t k = stack_.size(); k-- > 0;)
      if (stack_[k].is_double == is_double) return static_cast<int32_t>(k);
    return -1;
  }

  void place(uint32_t i) {
    bool is_double = tokens_[i].has(kDoubleMark);
    Direction dir = direction(i);
    if (closes_low_quote(i, is_double)) dir = Direction::Close;
    dir = mended(i, is_double, dir);
    if (dir == Direction::Either) {
      bool open_exists = is_double ? innermost(true) >= 0 : (!stack_.empty() && !stack_.back().is_double);
      if (!is_double && !open_exists) {
        tokens_[i].quote_role = QuoteRole::Apostrophe;
        return;
      }
      dir = open_exists ? Direction::Close : Direction::Open;
    }
    if (dir == Direction::Open) return open(i, is_double);
    close(i, is_double);
  }

  void open(uint32_t i, bool is_double) {
    tokens_[i].quote_role = QuoteRole::Open;
    if (is_double && tokens_[i].has(kParagraphStart) && !carried_.empty()) {
      OpenMark continued = carried_.back();  // the quotation goes on in this paragraph
      carried_.clear();
      continued.segment_start_token = i + 1;
      stack_.push_back(continued);
      return;
    }
    if (is_double && innermost(true) >= 0) {
      // A second opening double mark while one is open: the first was never closed.
      report_unclosed(stack_[static_cast<size_t>(innermost(true))].token);
      stack_.erase(stack_.begin() + innermost(true), stack_.end());
    }
    stack_.push_back({i, is_double, -1, i + 1});
  }

  void close(uint32_t i, bool is_double) {
    tokens_[i].quote_role = QuoteRole::Close;
    int32_t k = innermost(is_double);
    if (!is_double && (k < 0 || k + 1 != static_cast<int32_t>(stack_.size()))) {
      tokens_[i].quote_role = QuoteRole::Apostrophe;  // the Joneses’, students'
      return;
    }
    if (k < 0) {
      if (should_report())
        doc_.add_problem(Severity::Warning, "unbalanced-quote",
                         fmt::format("closing quotation mark {} at {} has no opening mark", doc_.token_text(i),
                                     describe_position(doc_.text, tokens_[i].begin)),
                         tokens_[i].begin);
      return;
    }
    for (size_t j = static_cast<size_t>(k) + 1; j < stack_.size(); ++j) drop_single(stack_[j]);
    OpenMark mark = stack_[static_cast<size_t>(k)];
    stack_.resize(static_cast<size_t>(k));
    finish(mark, i);
  }

  void drop_single(const OpenMark& mark) {
    if (!mark.is_double) tokens_[mark.token].quote_role = QuoteRole::Apostrophe;
  }

  ByteSpan content_between(uint32_t first, uint32_t end) const {
    if (first >= end) return {tokens_[first > 0 ? first - 1 : 0].end, tokens_[first > 0 ? first - 1 : 0].end};
    return {tokens_[first].begin, tokens_[end - 1].end};
  }

  void add_segment(OpenMark& mark, uint32_t end_token) {
    if (mark.quotation < 0) {
      mark.quotation = static_cast<int32_t>(doc_.quotations.size());
      Quotation q;
      q.open_token = mark.token;
      q.is_double = mark.is_double;
      doc_.quotations.push_back(q);
    }
    Quotation& q = doc_.quotations[static_cast<size_t>(mark.quotation)];
    ByteSpan seg = content_between(mark.segment_start_token, end_token);
    if (!seg.empty()) q.segments.push_back(seg);
  }

  // Single quotations inside double ones: each gets the index of the double quotation around it.
  void link_nested() {
    std::vector<int32_t> doubles;
    for (size_t i = 0; i < doc_.quotations.size(); ++i)
      if (doc_.quotations[i].is_double) doubles.push_back(static_cast<int32_t>(i));
    auto begin_of = [&](int32_t i) { return doc_.quotations[static_cast<size_t>(i)].content.begin; };
    std::sort(doubles.begin(), doubles.end(), [&](int32_t a, int32_t b) { return begin_of(a) < begin_of(b); });
    for (auto& q : doc_.quotations) {
      if (q.is_double) continue;
      auto it = std::upper_bound(doubles.begin(), doubles.end(), q.content.begin,
                                 [&](uint32_t at, int32_t d) { return at < begin_of(d); });
      if (it == doubles.begin()) continue;
      const Quotation& outer = doc_.quotations[static_cast<size_t>(*(it - 1))];
      if (outer.content.end >= q.content.end) q.parent = *(it - 1);
    }
  }

  void finish(OpenMark& mark, uint32_t close_token) {
    add_segment(mark, close_token);
    Quotation& q = doc_.quotations[static_cast<size_t>(mark.quotation)];
    q.close_token = close_token;
    q.content = q.segments.empty() ? ByteSpan{tokens_[close_token].begin, tokens_[close_token].begin}
                                   : ByteSpan{q.segments.front().begin, q.segments.back().end};
    tokens_[q.open_token].partner = static_cast<int32_t>(close_token);
    tokens_[close_token].partner = static_cast<int32_t>(q.open_token);
  }

  // At a paragraph end, single quotes still open were apostrophes; a double quote still open may be
  // continued by the next paragraph, which then opens with a quotation mark.
  void end_paragraph(uint32_t next_paragraph_token) {
    report_unclosed_carried();
    for (const auto& mark : stack_) {
      if (!mark.is_double) {
        drop_single(mark);
        continue;
      }
      OpenMark carried = mark;
      add_segment(carried, next_paragraph_token);
      carried_.push_back(carried);
    }
    stack_.clear();
    if (carried_.size() > 1) {
      for (size_t k = 0; k + 1 < carried_.size(); ++k) report_unclosed(carried_[k].token);
      carried_.erase(carried_.begin(), carried_.end() - 1);
    }
  }

  void report_unclosed_carried() {
    for (const auto& mark : carried_) {
      if (mark.quotation >= 0) {
        // Keep what it held so that later stages still see it, but without a closing mark.
        Quotation& q = doc_.quotations[static_cast<size_t>(mark.quotation)];
        if (!q.segments.empty()) q.content = {q.segments.front().begin, q.segments.back().end};
        q.close_token = q.open_token;
      }
      report_unclosed(mark.token);
    }
    carried_.clear();
  }

  void report_unclosed(uint32_t token) {
    if (!should_report()) return;
    doc_.add_problem(Severity::Warning, "unbalanced-quote",
                     fmt::format("quotation mark {} opened at {} is never closed", doc_.token_text(token),
                                 describe_position(doc_.text, tokens_[token].begin)),
                     tokens_[token].begin);
  }
};

}  // namespace

void pair_quotation_marks(Document& doc) { QuotePairer(doc).run(); }

}  // namespace whosaid
