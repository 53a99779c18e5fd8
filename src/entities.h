// Stage 4: entities. Finds the people, organisations and places an article names, their titles and
// affiliations, and links later mentions to them: surnames ("Price"), honorific forms ("Mr. Price"),
// and personal pronouns ("He"), each as a Mention with its kind and a confidence.
//
// Capitalised runs are split into a title part (title words, demonyms, organisation words) and a
// name; organisations and places come from rules/ maps. A headline creates no entities of its own.
#pragma once

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

void find_entities(Document& doc, const RuleSet& rules);

}  // namespace whosaid
