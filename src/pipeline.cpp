#include "whosaid/pipeline.h"

#include "dates.h"
#include "entities.h"
#include "quotations.h"
#include "quotes.h"
#include "sentences.h"
#include "stances.h"
#include "tokenizer.h"

namespace whosaid {

Pipeline::Pipeline(std::shared_ptr<const RuleSet> rules, StageSelection stages)
    : rules_(std::move(rules)), stages_(stages) {
  // Later stages read what earlier ones found.
  if (stages_.stances) stages_.quotes = true;
  if (stages_.quotes) stages_.entities = true;
}

void Pipeline::run(Document& doc) const {
  if (!doc.analysable) return;
  tokenize(doc);
  split_sentences(doc, *rules_);
  pair_quotation_marks(doc);
  if (stages_.entities) find_entities(doc, *rules_);
  if (stages_.dates) tag_dates(doc, *rules_);
  if (stages_.quotes) attribute_quotes(doc, *rules_);
  if (stages_.stances) find_stances(doc, *rules_);
}

}  // namespace whosaid
