// Stage 7: stances. Finds explicit positions: who is willing, opposed, critical, hopeful ... toward
// what. Cues come from rules/en/maps/stance-cues.tsv; the holder is the subject of the cue's clause
// (so "Price said Washington is open" gives holder Washington, with the quote by Price kept as its
// source), or the speaker of a reporting verb that carries a stance ("accusing the US of ...").
// Negation ("not willing") flips the polarity; hedges ("could", "if") mark it conditional.
#pragma once

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

void find_stances(Document& doc, const RuleSet& rules);

}  // namespace whosaid
