// Renders check diagnostics: gcc-style text with the line and a caret, JSON, and SARIF 2.1.0.
#include <fmt/format.h>

#include "json_escape.h"
#include "whosaid/check.h"

namespace whosaid {
namespace {

const char* level_name(DiagnosticLevel l) {
  return l == DiagnosticLevel::Error ? "error" : l == DiagnosticLevel::Note ? "note" : "warning";
}

}  // namespace

std::string diagnostics_as_text(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += fmt::format("{}:{}:{}: {}: {} [{}]\n", d.path, d.line, d.column, level_name(d.level), d.message, d.rule);
    if (d.source_line.empty()) continue;
    std::string line = d.source_line;
    for (char& c : line)
      if (c == '\t' || c == '\r') c = ' ';
    out += "  " + line + "\n";
    out += "  " + std::string(d.caret_column, ' ') + "^" + std::string(d.caret_width > 1 ? d.caret_width - 1 : 0, '~') +
           "\n";
  }
  return out;
}

std::string diagnostics_as_json(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  JsonBuilder json(out, true);
  json.begin_array();
  for (const auto& d : diagnostics) {
    json.begin_object();
    json.key("path").value(d.path);
    json.key("line").value(static_cast<int64_t>(d.line));
    json.key("column").value(static_cast<int64_t>(d.column));
    json.key("level").value(level_name(d.level));
    json.key("rule").value(d.rule);
    json.key("message").value(d.message);
    json.end_object();
  }
  json.end_array();
  return out + "\n";
}

std::string diagnostics_as_sarif(const std::vector<Diagnostic>& diagnostics, const std::string& version) {
  std::string out;
  JsonBuilder json(out, true);
  json.begin_object();
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").value("whosaid");
  json.key("version").value(version);
  json.key("rules").begin_array();
  for (const auto& c : all_checks()) {
    json.begin_object();
    json.key("id").value(c.id);
    json.key("shortDescription").begin_object().key("text").value(c.summary).end_object();
    json.key("defaultConfiguration").begin_object().key("level").value(level_name(c.level)).end_object();
    json.end_object();
  }
  json.end_array();
  json.end_object().end_object();
  json.key("results").begin_array();
  for (const auto& d : diagnostics) {
    json.begin_object();
    json.key("ruleId").value(d.rule);
    json.key("level").value(level_name(d.level));
    json.key("message").begin_object().key("text").value(d.message).end_object();
    json.key("locations").begin_array().begin_object();
    json.key("physicalLocation").begin_object();
    json.key("artifactLocation").begin_object().key("uri").value(d.path).end_object();
    json.key("region").begin_object();
    json.key("startLine").value(static_cast<int64_t>(d.line));
    json.key("startColumn").value(static_cast<int64_t>(d.column));
    json.key("endColumn").value(static_cast<int64_t>(d.column + d.caret_width));
    json.end_object();
    json.end_object();
    json.end_object().end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object().end_array();
  json.end_object();
  return out + "\n";
}

}  // namespace whosaid
