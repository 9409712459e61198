#ifndef ENTENTE_CFUZZERDRIVER_H
#define ENTENTE_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt's FuzzerDriver.cpp, linked in by -sanitize=fuzzer). SwiftPM renames an
// executable's entry point to `<Target>_main` and aliases `main` to it, so libFuzzer's own main() is never
// linked; each harness's @main calls this driver with its one-input function instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
