// Writers: turn analysed Documents into JSON, JSON Lines, CSV or text for a person.
//
// A writer knows nothing of rules. format() renders one record and is safe to call from many
// threads at once; emit() and finish() run on one thread, in input order, and add what frames the
// records (a JSON array, a CSV header).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "whosaid/document.h"

namespace whosaid {

enum class OffsetUnit { CodePoint, Byte, Utf16 };

// Where output goes: a file descriptor. A reader that went away (EPIPE) marks it broken, quietly.
class OutputStream {
 public:
  explicit OutputStream(int fd) : fd_(fd) {}
  bool write(std::string_view data);
  bool broken() const { return broken_; }
  bool failed() const { return failed_; }

 private:
  int fd_;
  bool broken_ = false;
  bool failed_ = false;
};

struct WriterOptions {
  OffsetUnit offsets = OffsetUnit::CodePoint;
  std::string records = "quotes";  // CSV: quotes, entities, dates or stances
};

class Writer {
 public:
  virtual ~Writer() = default;
  virtual std::string format(const Document& doc) const = 0;
  virtual void emit(std::string record, OutputStream& out) = 0;
  virtual void finish(OutputStream& out) = 0;
};

// name: json, jsonl, csv or text. Returns null for an unknown name or CSV record kind.
std::unique_ptr<Writer> make_writer(std::string_view name, const WriterOptions& options);

// One document as a JSON object (schema 1), compact or indented.
std::string to_json(const Document& doc, OffsetUnit offsets, bool pretty);

}  // namespace whosaid
