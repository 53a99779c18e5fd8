// Stage 3: quotation marks. Decides for every Quote token whether it opens, closes or is an
// apostrophe, and pairs the marks over the whole document into Quotations.
//
// Styles: straight " and ', curly “ ” ‘ ’, « », „ “, typewriter `` '' and '' ''. Single quotes nest in
// double ones. A quotation over several paragraphs, each reopening it without closing the one
// before, is one Quotation. Marks that cannot be paired are reported as problems (warnings); the
// document goes on.
#pragma once

#include "whosaid/document.h"

namespace whosaid {

void pair_quotation_marks(Document& doc);

}  // namespace whosaid
