#include "batch.h"

#include <fmt/format.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "progress.h"

namespace whosaid {
namespace {

struct Rendered {
  std::string record;
  std::string diagnostics;  // lines for stderr
  bool has_errors = false;
  uint64_t bytes = 0;
};

std::string where(const Document& doc) {
  return doc.source_line ? fmt::format("{}:{}", doc.source, doc.source_line) : doc.source;
}

Rendered analyse(Document& doc, const Pipeline& pipeline, const Writer& writer) {
  Rendered r;
  r.bytes = doc.text.size();
  try {
    pipeline.run(doc);
  } catch (const std::exception& e) {
    // A stage must never lose a document: keep what it had and say what went wrong.
    doc.add_problem(Severity::Error, "internal", std::string("analysis failed: ") + e.what());
  }
  for (const auto& p : doc.problems)
    r.diagnostics += fmt::format("whosaid: {}: {}: {}\n", where(doc),
                                 p.severity == Severity::Error ? "error" : "warning", p.message);
  r.has_errors = doc.has_errors();
  r.record = writer.format(doc);
  return r;
}

class BatchRun {
 public:
  BatchRun(DocumentSource& source, const Pipeline& pipeline, Writer& writer, OutputStream& out,
           const BatchOptions& options)
      : source_(source),
        pipeline_(pipeline),
        writer_(writer),
        out_(out),
        options_(options),
        progress_(options.progress, source.total_bytes()) {}

  BatchSummary run() {
    if (options_.threads <= 1)
      run_sequential();
    else
      run_parallel();
    progress_.finish();
    if (!out_.broken()) writer_.finish(out_);
    summary_.output_closed = out_.broken();
    summary_.output_failed = out_.failed();
    return summary_;
  }

 private:
  DocumentSource& source_;
  const Pipeline& pipeline_;
  Writer& writer_;
  OutputStream& out_;
  BatchOptions options_;
  ProgressBar progress_;
  BatchSummary summary_;
  uint64_t bytes_done_ = 0;

  // Parallel state.
  std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_, window_open_;
  std::deque<std::pair<uint64_t, Document>> work_;
  std::map<uint64_t, Rendered> results_;
  uint64_t read_count_ = 0;
  uint64_t written_count_ = 0;
  bool reading_done_ = false;
  bool stopping_ = false;

  void deliver(Rendered r) {
    ++summary_.documents;
    if (r.has_errors) ++summary_.with_errors;
    if (!options_.quiet && !r.diagnostics.empty()) {
      progress_.finish();
      std::fputs(r.diagnostics.c_str(), stderr);
    }
    writer_.emit(std::move(r.record), out_);
    bytes_done_ += r.bytes;
    progress_.update(summary_.documents, bytes_done_);
  }

  void run_sequential() {
    Document doc;
    while (!out_.broken() && !out_.failed() && source_.next(doc)) deliver(analyse(doc, pipeline_, writer_));
  }

  size_t window() const { return options_.threads * 4 + 4; }

  void run_parallel() {
    std::thread reader([this] { read_all(); });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < options_.threads; ++i) workers.emplace_back([this] { work(); });
    write_in_order();
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    window_open_.notify_all();
    reader.join();
    for (auto& w : workers) w.join();
  }

  void read_all() {
    for (;;) {
      Document doc;
      {
        std::unique_lock lock(mutex_);
        window_open_.wait(lock, [&] { return stopping_ || read_count_ - written_count_ < window(); });
        if (stopping_) break;
      }
      if (!source_.next(doc)) break;
      std::lock_guard lock(mutex_);
      work_.emplace_back(read_count_++, std::move(doc));
      work_ready_.notify_one();
    }
    std::lock_guard lock(mutex_);
    reading_done_ = true;
    work_ready_.notify_all();
    result_ready_.notify_all();
  }

  void work() {
    for (;;) {
      std::pair<uint64_t, Document> item;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || !work_.empty() || reading_done_; });
        if (work_.empty()) {
          if (stopping_ || reading_done_) return;
          continue;
        }
        item = std::move(work_.front());
        work_.pop_front();
      }
      Rendered r = analyse(item.second, pipeline_, writer_);
      item.second = Document{};  // free the text before waiting for the writer
      std::lock_guard lock(mutex_);
      results_.emplace(item.first, std::move(r));
      if (item.first == written_count_) result_ready_.notify_one();  // only the writer waits, and for this one
    }
  }

  void write_in_order() {
    for (;;) {
      Rendered r;
      {
        std::unique_lock lock(mutex_);
        result_ready_.wait(
            lock, [&] { return results_.count(written_count_) || (reading_done_ && written_count_ == read_count_); });
        auto it = results_.find(written_count_);
        if (it == results_.end()) return;
        r = std::move(it->second);
        results_.erase(it);
      }
      deliver(std::move(r));
      std::lock_guard lock(mutex_);
      ++written_count_;
      // The reader refills the window once it is half empty: one wake-up for many documents.
      if (read_count_ - written_count_ <= window() / 2) window_open_.notify_one();
      if (out_.broken() || out_.failed()) return;
    }
  }
};

}  // namespace

BatchSummary run_batch(DocumentSource& source, const Pipeline& pipeline, Writer& writer, OutputStream& out,
                       const BatchOptions& options) {
  return BatchRun(source, pipeline, writer, out, options).run();
}

}  // namespace whosaid
