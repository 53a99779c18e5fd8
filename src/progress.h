// A progress line on stderr for long batch runs: documents, MB, MB/s and, when the input size is
// known, percent done and time left. Redrawn at most ten times a second.
#pragma once

#include <chrono>
#include <cstdint>

namespace whosaid {

class ProgressBar {
 public:
  ProgressBar(bool enabled, uint64_t total_bytes);
  ~ProgressBar();
  void update(uint64_t documents, uint64_t bytes);
  void finish();

 private:
  bool enabled_;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
  void draw(uint64_t documents, uint64_t bytes);
};

}  // namespace whosaid
