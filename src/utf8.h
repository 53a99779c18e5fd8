// Checking input bytes on the way in: invalid UTF-8, NUL bytes, UTF-16 and binary data.
//
// Every document's text is valid UTF-8 after sanitize_text(): bad bytes become U+FFFD and each kind
// of repair is reported once in the document's problems, with the line and column of its first place.
#pragma once

#include <string>
#include <string_view>

#include "whosaid/document.h"

namespace whosaid {

// True for data that is not text: many NUL or control bytes in the first few kilobytes.
bool looks_binary(std::string_view bytes);

// Decodes UTF-16 with a byte order mark into UTF-8. Returns false when there is no such mark.
bool decode_utf16_with_bom(std::string& bytes);

// Repairs doc.text in place (a UTF-8 BOM removed, invalid sequences and NULs -> U+FFFD).
void sanitize_text(Document& doc);

// "line L, column C" of a byte offset, columns counted in code points from 1.
std::string describe_position(std::string_view text, size_t offset);

}  // namespace whosaid
