// whosaid check: an attribution linter. Reads an analysed Document and reports what an editor
// should look at, each problem with a rule id and a place, like a compiler's warnings.
//
// Checks (ids as printed, each can be ignored): unattributed-quote, ambiguous-speaker,
// speaker-not-introduced, inconsistent-title, inconsistent-name, unbalanced-quote,
// anonymous-source, relative-date-without-dct, date-after-publication, conflicting-attribution.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "whosaid/document.h"
#include "whosaid/rules.h"

namespace whosaid {

enum class DiagnosticLevel { Note, Warning, Error };

struct Diagnostic {
  std::string path;
  uint32_t line = 0;    // from 1
  uint32_t column = 0;  // from 1, in code points
  ByteSpan span;        // byte offsets into the document text
  DiagnosticLevel level = DiagnosticLevel::Warning;
  std::string rule;  // "unattributed-quote"
  std::string message;
  std::string source_line;    // the text of the line, for the caret display
  uint32_t caret_column = 0;  // column of span.begin within source_line, in code points from 0
  uint32_t caret_width = 1;   // code points to underline
};

struct CheckInfo {
  const char* id;
  DiagnosticLevel level;
  const char* summary;
};

// Every check, in a fixed order: its id, default level and one-line description.
const std::vector<CheckInfo>& all_checks();

// Runs every check not in `ignored` over an analysed document. `path` names it in the diagnostics.
std::vector<Diagnostic> check_document(const Document& doc, const RuleSet& rules, const std::string& path,
                                       const std::set<std::string>& ignored);

std::string diagnostics_as_text(const std::vector<Diagnostic>& diagnostics);
std::string diagnostics_as_json(const std::vector<Diagnostic>& diagnostics);
std::string diagnostics_as_sarif(const std::vector<Diagnostic>& diagnostics, const std::string& version);

}  // namespace whosaid
