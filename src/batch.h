// Batch processing: documents from a DocumentSource through the Pipeline and a Writer, on N threads,
// written in input order.
//
// A reader numbers documents, workers analyse and render them, and the calling thread writes them
// in number order. At most a fixed window of documents is in flight, so memory does not grow with
// the input. Each document's problems go to stderr, in order, with its file (and line).
#pragma once

#include <cstdint>

#include "input.h"
#include "whosaid/pipeline.h"
#include "whosaid/writers.h"

namespace whosaid {

struct BatchOptions {
  unsigned threads = 1;
  bool progress = false;
  bool quiet = false;  // no per-document problems on stderr
};

struct BatchSummary {
  uint64_t documents = 0;
  uint64_t with_errors = 0;
  bool output_closed = false;  // the reader of our output went away: not an error
  bool output_failed = false;
};

BatchSummary run_batch(DocumentSource& source, const Pipeline& pipeline, Writer& writer, OutputStream& out,
                       const BatchOptions& options);

}  // namespace whosaid
