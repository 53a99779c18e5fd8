// The dateline that opens a wire story's first paragraphs: "WASHINGTON (Reuters) -", "BRUSSELS,
// March 14 (Wire) —". It is no part of the first sentence, whose subject comes after it.
#pragma once

#include <cstddef>
#include <cstdint>

#include "whosaid/document.h"

namespace whosaid {

// The first token after the dateline of paragraph `index`, or the paragraph's first token.
uint32_t after_dateline(const Document& doc, size_t index);

}  // namespace whosaid
