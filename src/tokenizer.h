// Stage 1: the tokenizer. Splits doc.text into tokens with a class and flags, and into paragraphs.
//
// ASCII text takes a tight byte loop; only non-ASCII code points are classified with ICU's character
// properties. Quotation marks become Quote tokens whose role (open, close, apostrophe) the
// quotation stage decides; apostrophes inside words (don't, Russia’s) never become Quote tokens.
#pragma once

#include "whosaid/document.h"

namespace whosaid {

void tokenize(Document& doc);

}  // namespace whosaid
