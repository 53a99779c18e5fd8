// Stage 6: quotes. Finds every statement the article attributes to a source, direct (in quotation
// marks) and reported ("Price noted that ..."), and pins it on its speaker.
//
// Each token becomes one symbol (S speaker word, V cue, T "that", Q opening mark, ...; see
// rules/en/patterns/quotes.rules) and the attribution rules, RE2 patterns over that symbol string,
// run per sentence or paragraph: linear time, and data, not code. Matches nest ("The State
// Department noted that Blinken made clear to Lavrov that ..." gives two quotes), conjoined cues
// split ("said A, but added B"), and a quotation paragraph that names nobody after a quote by X is X's.
#pragma once

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

void attribute_quotes(Document& doc, const RuleSet& rules);

}  // namespace whosaid
