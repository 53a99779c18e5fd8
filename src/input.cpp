#include "input.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "text_util.h"
#include "utf8.h"

namespace whosaid {
namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& p, std::initializer_list<const char*> extensions) {
  std::string ext = ascii_lower(p.extension().string());
  return std::any_of(extensions.begin(), extensions.end(), [&](const char* e) { return ext == e; });
}

bool is_jsonl_path(const fs::path& p) { return has_extension(p, {".jsonl", ".ndjson"}); }

std::string read_stream(FILE* f, std::string prefix, bool& ok) {
  std::string data = std::move(prefix);
  char buffer[1 << 16];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, f)) > 0) data.append(buffer, n);
  ok = !ferror(f);
  return data;
}

}  // namespace

std::optional<std::string> parse_iso_date(std::string_view s) {
  s = trim(s);
  if (s.size() < 10) return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_ascii_digit(s[i])) return std::nullopt;
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(s.substr(0, 10));
}

// Streams one JSON Lines input, line by line: memory holds one line at a time.
struct DocumentSource::JsonLineReader {
  std::string path;
  FILE* file = nullptr;
  bool owns = false;
  uint64_t line = 0;
  char* buffer = nullptr;
  size_t capacity = 0;
  simdjson::dom::parser parser;

  ~JsonLineReader() {
    free(buffer);
    if (owns && file) fclose(file);
  }
  // Returns the next line without its newline, or nullopt at the end.
  std::optional<std::string_view> next_line() {
    ssize_t n = getline(&buffer, &capacity, file);
    if (n < 0) return std::nullopt;
    ++line;
    std::string_view s(buffer, static_cast<size_t>(n));
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  }
};

DocumentSource::DocumentSource(std::vector<std::string> arguments, InputOptions options)
    : options_(std::move(options)) {
  if (arguments.empty()) arguments.push_back("-");
  for (const auto& a : arguments) expand(a);
}

DocumentSource::~DocumentSource() = default;

void DocumentSource::expand(const std::string& argument) {
  bool forced_jsonl = options_.format == InputFormat::JsonLines;
  bool forced_text = options_.format == InputFormat::Text;
  if (argument == "-") {
    inputs_.push_back({argument, forced_jsonl, ""});
    return;
  }
  std::error_code ec;
  fs::path path(argument);
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && has_extension(it->path(), {".txt", ".md", ".jsonl", ".ndjson"}))
        found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    for (const auto& f : found) {
      total_bytes_ += fs::file_size(f, ec);
      inputs_.push_back({f.string(), forced_jsonl || (!forced_text && is_jsonl_path(f)), ""});
    }
    if (ec) inputs_.push_back({argument, false, ec.message()});
    return;
  }
  if (!fs::exists(path, ec)) {
    inputs_.push_back({argument, false, "no such file or directory"});
    return;
  }
  auto size = fs::file_size(path, ec);
  if (!ec) total_bytes_ += size;
  inputs_.push_back({argument, forced_jsonl || (!forced_text && is_jsonl_path(path)), ""});
}

void DocumentSource::start_document(Document& doc, const std::string& source, uint64_t line) {
  doc = Document{};
  doc.source = source;
  doc.source_line = line;
  doc.dct = options_.dct;
}

bool DocumentSource::next(Document& doc) {
  for (;;) {
    if (lines_) {
      if (next_json_line(doc)) return true;
      lines_.reset();
    }
    if (next_input_ >= inputs_.size()) return false;
    const Input& input = inputs_[next_input_++];
    if (!input.problem.empty()) {
      start_document(doc, input.path, 0);
      doc.id = input.path;
      doc.analysable = false;
      doc.add_problem(Severity::Error, "unreadable", "cannot read: " + input.problem);
      return true;
    }
    bool from_stdin = input.path == "-";
    bool jsonl = input.jsonl;
    std::string prefix;
    if (from_stdin && options_.format == InputFormat::Auto) {
      // Detect JSON Lines from the first byte that is not white space.
      int c;
      while ((c = fgetc(stdin)) != EOF && is_space(static_cast<char>(c))) prefix.push_back(static_cast<char>(c));
      if (c != EOF) ungetc(c, stdin);
      jsonl = c == '{';
    }
    if (jsonl) {
      lines_ = std::make_unique<JsonLineReader>();
      lines_->path = input.path;
      lines_->file = from_stdin ? stdin : fopen(input.path.c_str(), "rb");
      lines_->owns = !from_stdin;
      if (!lines_->file) {
        lines_.reset();
        start_document(doc, input.path, 0);
        doc.id = input.path;
        doc.analysable = false;
        doc.add_problem(Severity::Error, "unreadable", std::string("cannot read: ") + std::strerror(errno));
        return true;
      }
      continue;
    }
    start_document(doc, input.path, 0);
    doc.id = input.path;
    if (from_stdin) {
      bool ok;
      doc.text = read_stream(stdin, std::move(prefix), ok);
      if (!ok) doc.add_problem(Severity::Error, "unreadable", "error reading standard input");
    } else {
      read_text_file(input, doc);
    }
    bytes_read_ += doc.text.size();
    if (doc.analysable) {
      if (decode_utf16_with_bom(doc.text))
        doc.add_problem(Severity::Warning, "utf16", "UTF-16 text (byte order mark) decoded to UTF-8");
      if (looks_binary(doc.text)) {
        doc.analysable = false;
        doc.add_problem(Severity::Error, "binary", "binary data, not text: skipped");
        doc.text.clear();
      } else if (trim(doc.text).empty()) {
        doc.add_problem(Severity::Warning, "empty", doc.text.empty() ? "empty file" : "file holds only white space");
      }
      sanitize_text(doc);
    }
    return true;
  }
}

void DocumentSource::read_text_file(const Input& input, Document& doc) {
  FILE* f = fopen(input.path.c_str(), "rb");
  if (!f) {
    doc.analysable = false;
    doc.add_problem(Severity::Error, "unreadable", std::string("cannot read: ") + std::strerror(errno));
    return;
  }
  bool ok;
  doc.text = read_stream(f, {}, ok);
  fclose(f);
  if (!ok) {
    doc.analysable = false;
    doc.add_problem(Severity::Error, "unreadable", "read error");
  }
}

bool DocumentSource::next_json_line(Document& doc) {
  for (;;) {
    std::optional<std::string_view> line = lines_->next_line();
    if (!line) {
      if (ferror(lines_->file)) {
        start_document(doc, lines_->path, lines_->line + 1);
        doc.id = lines_->path;
        doc.analysable = false;
        doc.add_problem(Severity::Error, "unreadable", "read error");
        clearerr(lines_->file);
        lines_->line = UINT64_MAX - 1;
        return true;
      }
      return false;
    }
    bytes_read_ += line->size() + 1;
    if (trim(*line).empty()) continue;  // blank lines hold no article
    start_document(doc, lines_->path, lines_->line);
    parse_json_line(*line, doc);
    return true;
  }
}

void DocumentSource::parse_json_line(std::string_view line, Document& doc) {
  std::string where = fmt::format("{}:{}", lines_->path, lines_->line);
  doc.id = where;
  auto fail = [&](std::string code, std::string message) {
    doc.analysable = false;
    doc.add_problem(Severity::Error, std::move(code), std::move(message));
  };
  simdjson::dom::element root;
  auto error = lines_->parser.parse(line.data(), line.size(), true).get(root);
  if (error) return fail("malformed-json", std::string("not valid JSON: ") + simdjson::error_message(error));
  if (!root.is_object()) return fail("malformed-json", "a JSON value that is not an object");

  simdjson::dom::element id;
  if (!root[options_.id_field].get(id)) {
    if (id.is_string())
      doc.id = std::string(id.get_string().value_unsafe());
    else if (id.is_int64())
      doc.id = std::to_string(id.get_int64().value_unsafe());
    else if (id.is_uint64())
      doc.id = std::to_string(id.get_uint64().value_unsafe());
    else
      doc.add_problem(Severity::Warning, "bad-id", "field '" + options_.id_field + "' is not a string or integer");
  }

  std::vector<std::string> date_fields = options_.date_field.empty()
                                             ? std::vector<std::string>{"dct", "date", "published"}
                                             : std::vector<std::string>{options_.date_field};
  for (const auto& field : date_fields) {
    std::string_view value;
    if (root[field].get_string().get(value)) continue;
    if (auto date = parse_iso_date(value)) {
      doc.dct = *date;
    } else {
      doc.add_problem(Severity::Warning, "bad-date",
                      fmt::format("field '{}' is not a YYYY-MM-DD date: {}", field, value));
    }
    break;
  }

  simdjson::dom::element text;
  if (root[options_.text_field].get(text)) return fail("no-text", "no field '" + options_.text_field + "'");
  std::string_view text_value;
  if (text.get_string().get(text_value)) return fail("no-text", "field '" + options_.text_field + "' is not a string");
  doc.text.assign(text_value);
  if (trim(doc.text).empty()) doc.add_problem(Severity::Warning, "empty", "empty text");
  sanitize_text(doc);  // JSON escapes can still produce NUL
}

}  // namespace whosaid
