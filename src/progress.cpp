#include "progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

namespace whosaid {

ProgressBar::ProgressBar(bool enabled, uint64_t total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(uint64_t documents, uint64_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw(documents, bytes);
}

void ProgressBar::draw(uint64_t documents, uint64_t bytes) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double mb = static_cast<double>(bytes) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::string line = fmt::format("{} documents  {:.1f} MB  {:.1f} MB/s", documents, mb, rate);
  if (total_bytes_ > 0) {
    double done = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    int filled = static_cast<int>(done * 24);
    std::string bar(static_cast<size_t>(filled), '=');
    bar.resize(24, ' ');
    double left = rate > 0 ? (static_cast<double>(total_bytes_) / 1e6 - mb) / rate : 0;
    line = fmt::format("[{}] {:3.0f}%  {}  ETA {}:{:02}", bar, done * 100, line, static_cast<int>(left) / 60,
                       static_cast<int>(left) % 60);
  }
  fmt::print(stderr, "\r\x1b[K{}", line);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!enabled_ || !drawn_) return;
  fmt::print(stderr, "\r\x1b[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace whosaid
