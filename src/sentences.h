// Stage 2: sentences. ICU's sentence break rules, with English abbreviations and initials kept whole
// ("Mr. Price", "J. R. R. Tolkien", "the U.S. Senate") and paragraph ends always closing a sentence.
#pragma once

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

void split_sentences(Document& doc, const RuleSet& rules);

}  // namespace whosaid
