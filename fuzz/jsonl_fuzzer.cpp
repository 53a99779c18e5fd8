// libFuzzer target: arbitrary bytes as a JSON Lines dump. Every line must come back as a document.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  int fd = memfd_create("whosaid-jsonl", 0);
  if (fd < 0) return 0;
  for (size_t done = 0; done < size;) {
    ssize_t n = write(fd, data + done, size - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  whosaid::InputOptions options;
  options.format = whosaid::InputFormat::JsonLines;
  whosaid::DocumentSource source({path}, options);
  whosaid::Document doc;
  size_t documents = 0;
  while (source.next(doc)) ++documents;
  close(fd);
  size_t lines = 0;
  bool blank = true;  // blank lines hold no document
  for (size_t i = 0; i < size; ++i) {
    char c = static_cast<char>(data[i]);
    if (c == '\n') {
      lines += !blank;
      blank = true;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
      blank = false;
    }
  }
  lines += !blank;
  if (documents != lines) abort();  // a line was lost or invented
  return 0;
}
