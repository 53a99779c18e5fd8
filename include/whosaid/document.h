// The document model: one article, its original text, and every annotation the stages add.
//
// The text is held once, as valid UTF-8. Every token, sentence, mention, quote, date and stance is a
// half-open byte range into it; writers convert to code points (or UTF-16 units) only when they print.
// Stages fill the vectors in pipeline order: tokens, paragraphs and sentences, quotation marks, then
// entities, dates, quotes and stances. A vector a stage has not filled stays empty.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
  uint32_t size() const { return end - begin; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

enum class TokenKind : uint8_t { Word, Number, Punct, Quote, Dash, Symbol };

enum class QuoteRole : uint8_t { None, Open, Close, Apostrophe };

enum TokenFlag : uint8_t {
  kSpaceBefore = 1,     // white space (or the start of the text) precedes the token
  kCapitalized = 2,     // first letter upper case
  kAllCaps = 4,         // every letter upper case, at least two letters
  kParagraphStart = 8,  // first token of a paragraph
  kSentenceStart = 16,  // first token of a sentence
  kNonAscii = 32,       // holds a byte >= 0x80
  kDoubleMark = 64,     // for Quote tokens: a double quotation mark (else single)
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::Word;
  QuoteRole quote_role = QuoteRole::None;  // for Quote tokens, decided by quotation pairing
  uint8_t flags = 0;
  int32_t partner = -1;  // for paired quotation marks: the index of the other mark
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Paragraph {
  ByteSpan span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
};

struct Sentence {
  ByteSpan span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t paragraph = 0;
};

// A pair of quotation marks and what they enclose. A quotation over several paragraphs, each
// reopening it, is one Quotation with one segment per paragraph.
struct Quotation {
  uint32_t open_token = 0;
  uint32_t close_token = 0;
  ByteSpan content;                // from the first to the last enclosed byte
  std::vector<ByteSpan> segments;  // content per paragraph
  bool is_double = true;
  int32_t parent = -1;  // the enclosing quotation, for single quotes nested in double
};

// Other: a source that is none of the rest ("the poll", "the letter", "an ad").
enum class EntityType : uint8_t { Person, Org, Gpe, Group, Other };
enum class MentionKind : uint8_t { Name, Pronoun, Nominal };

enum Role : uint8_t { kSpeaker = 1, kAddressee = 2, kMentioned = 4 };

struct Mention {
  ByteSpan span;    // the words that name the entity ("Ned Price", "He")
  ByteSpan extent;  // with titles and affiliation ("US Department of State Spokesman Ned Price")
  MentionKind kind = MentionKind::Name;
  int32_t entity = -1;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  float confidence = 1.0f;
  std::string rule;
};

struct Entity {
  std::string name;
  EntityType type = EntityType::Person;
  std::vector<std::string> titles;
  std::string affiliation;
  char gender = '?';  // 'm', 'f' or '?', from honorifics and pronouns only
  uint8_t roles = 0;
  std::vector<uint32_t> mentions;  // indexes into Document::mentions
  std::string rule;
};

enum class QuoteType : uint8_t { Direct, Indirect, Mixed };
enum class QuoteKind : uint8_t { Speech, Thought, Finding };

struct Quote {
  QuoteType type = QuoteType::Indirect;
  QuoteKind kind = QuoteKind::Speech;
  ByteSpan content;
  std::vector<ByteSpan> segments;
  int32_t speaker = -1;              // entity index
  std::vector<int32_t> co_speakers;  // the others of a joint source ("Lavrov and Blinken agreed")
  std::optional<ByteSpan> speaker_mention;
  std::optional<ByteSpan> cue;
  int32_t addressee = -1;
  int32_t date = -1;  // index into Document::dates
  float confidence = 0.0f;
  bool floating = false;  // a quotation paragraph attributed to the speaker of the quote before it
  std::string rule;
};

enum class DateType : uint8_t { Date, Time, Duration, Set };

struct DateExpr {
  ByteSpan span;
  DateType type = DateType::Date;
  std::string value;
  std::string mod;
  std::string rule;
};

enum class Polarity : uint8_t { Positive, Negative, Neutral };

struct Stance {
  int32_t holder = -1;
  std::string holder_name;
  std::optional<ByteSpan> holder_mention;
  std::string label;
  Polarity polarity = Polarity::Neutral;
  ByteSpan cue;
  std::optional<ByteSpan> target;
  int32_t quote = -1;
  bool negated = false;
  bool conditional = false;
  float confidence = 0.0f;
  std::string rule;
};

enum class Severity : uint8_t { Warning, Error };

// A problem with one document. It never stops the run; an Error makes the exit code 1.
struct Problem {
  Severity severity = Severity::Warning;
  std::string code;  // "invalid-utf8", "unbalanced-quote", "malformed-json", ...
  std::string message;
  std::optional<uint32_t> offset;  // byte offset into the text, when the problem has a place
};

struct Document {
  std::string id;
  std::string text;
  std::optional<std::string> dct;  // publication date, YYYY-MM-DD
  std::string source;              // the file it came from ("-" for stdin)
  uint64_t source_line = 0;        // for JSON Lines input: the line number, from 1
  bool analysable = true;          // false for binary input or unreadable records: no stage runs

  std::vector<Token> tokens;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Quotation> quotations;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<DateExpr> dates;
  std::vector<Quote> quotes;
  std::vector<Stance> stances;
  std::vector<Problem> problems;

  std::string_view slice(ByteSpan s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  std::string_view token_text(uint32_t i) const { return slice({tokens[i].begin, tokens[i].end}); }
  bool has_errors() const;
  void add_problem(Severity severity, std::string code, std::string message,
                   std::optional<uint32_t> offset = std::nullopt);
};

const char* to_string(EntityType t);
const char* to_string(MentionKind k);
const char* to_string(QuoteType t);
const char* to_string(QuoteKind k);
const char* to_string(DateType t);
const char* to_string(Polarity p);

}  // namespace whosaid
