// Stage 5: dates. Finds temporal expressions (DATE, TIME, DURATION, SET) with the RE2 patterns of
// rules/en/patterns/dates.rules and normalises each to a TIMEX3 value against the publication date
// (dct): "on Tuesday" -> 2022-02-01 in past-tense reporting published 2022-02-02, XXXX-WXX-2
// without a dct. A date without a year takes the last year the text named, else the dct's.
#pragma once

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

void tag_dates(Document& doc, const RuleSet& rules);

}  // namespace whosaid
