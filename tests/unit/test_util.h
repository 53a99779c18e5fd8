// Helpers for the unit tests: run the stages up to a point on a short text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "quotations.h"
#include "sentences.h"
#include "tokenizer.h"
#include "whosaid/document.h"
#include "whosaid/pipeline.h"
#include "whosaid/rules.h"

namespace whosaid::test {

inline const RuleSet& default_rules() {
  static const auto loaded = compile_rules(default_rule_files());
  return *loaded.rules;
}

inline std::shared_ptr<const RuleSet> shared_default_rules() {
  static const auto loaded = compile_rules(default_rule_files());
  return loaded.rules;
}

inline Document make_document(std::string text) {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  return doc;
}

inline Document tokenized(std::string text) {
  Document doc = make_document(std::move(text));
  tokenize(doc);
  split_sentences(doc, default_rules());
  pair_quotation_marks(doc);
  return doc;
}

inline Document analysed(std::string text, std::optional<std::string> dct = std::nullopt) {
  Document doc = make_document(std::move(text));
  doc.dct = std::move(dct);
  Pipeline(shared_default_rules()).run(doc);
  return doc;
}

inline std::vector<std::string> token_texts(const Document& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

inline std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

inline std::vector<std::string> quotation_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& q : doc.quotations) out.emplace_back(doc.slice(q.content));
  return out;
}

}  // namespace whosaid::test
