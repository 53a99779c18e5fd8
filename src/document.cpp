#include "whosaid/document.h"

#include <algorithm>

namespace whosaid {

bool Document::has_errors() const {
  return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.severity == Severity::Error; });
}

void Document::add_problem(Severity severity, std::string code, std::string message, std::optional<uint32_t> offset) {
  problems.push_back({severity, std::move(code), std::move(message), offset});
}

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person:
      return "PERSON";
    case EntityType::Org:
      return "ORG";
    case EntityType::Gpe:
      return "GPE";
    case EntityType::Group:
      return "GROUP";
    case EntityType::Other:
      return "OTHER";
  }
  return "PERSON";
}

const char* to_string(MentionKind k) {
  switch (k) {
    case MentionKind::Name:
      return "name";
    case MentionKind::Pronoun:
      return "pronoun";
    case MentionKind::Nominal:
      return "nominal";
  }
  return "name";
}

const char* to_string(QuoteType t) {
  switch (t) {
    case QuoteType::Direct:
      return "direct";
    case QuoteType::Indirect:
      return "indirect";
    case QuoteType::Mixed:
      return "mixed";
  }
  return "indirect";
}

const char* to_string(QuoteKind k) {
  switch (k) {
    case QuoteKind::Speech:
      return "speech";
    case QuoteKind::Thought:
      return "thought";
    case QuoteKind::Finding:
      return "finding";
  }
  return "speech";
}

const char* to_string(DateType t) {
  switch (t) {
    case DateType::Date:
      return "DATE";
    case DateType::Time:
      return "TIME";
    case DateType::Duration:
      return "DURATION";
    case DateType::Set:
      return "SET";
  }
  return "DATE";
}

const char* to_string(Polarity p) {
  switch (p) {
    case Polarity::Positive:
      return "positive";
    case Polarity::Negative:
      return "negative";
    case Polarity::Neutral:
      return "neutral";
  }
  return "neutral";
}

}  // namespace whosaid
