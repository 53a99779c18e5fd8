// The pipeline: runs the stages over one Document in their fixed order.
//
//   tokenize -> split_sentences -> pair_quotation_marks -> find_entities -> tag_dates
//            -> attribute_quotes -> find_stances
//
// A Pipeline holds only the compiled rules (read-only), so one instance serves every thread.
#pragma once

#include <memory>

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

struct StageSelection {
  bool entities = true;
  bool dates = true;
  bool quotes = true;
  bool stances = true;
};

class Pipeline {
 public:
  explicit Pipeline(std::shared_ptr<const RuleSet> rules, StageSelection stages = {});
  void run(Document& doc) const;
  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const RuleSet> rules_;
  StageSelection stages_;
};

}  // namespace whosaid
