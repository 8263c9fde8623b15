#ifndef CHECKUP_CSHA256_H
#define CHECKUP_CSHA256_H

// SHA-256's compression function on the CPU's own SHA instructions, for CheckupCore's
// SHA256Hasher. Padding, buffering and the portable path stay in Swift; this file only
// compresses whole 64-byte blocks, and only where the instructions exist (x86-64 with the
// SHA extensions: Intel since Goldmont and Ice Lake, AMD since Zen).

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether `checkup_sha256_blocks` may be called: the CPU has the SHA, SSSE3 and SSE4.1
/// instructions. Always false on other architectures.
bool checkup_sha256_available(void);

/// Compresses `count` consecutive 64-byte blocks at `blocks` into `state` (H0…H7, in host
/// order), exactly as FIPS 180-4 §6.2.2 does. Call only when `checkup_sha256_available()`.
void checkup_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
