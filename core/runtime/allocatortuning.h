#pragma once

// How the C allocator hands memory back, tuned for a process that runs for hours.
//
// glibc serves a block of 128 KiB or more from its own mapping, returned to the system on free;
// but after the first such block is freed it raises that threshold to the block's size, so every
// later 1 MB answer, stream buffer or row comes out of the heap instead. Freed there, those blocks
// leave holes that small allocations made meanwhile pin: resident memory climbs with each long
// answer and never comes back (the soak benchmark saw ~13 MB of anonymous memory held this way
// with only ~4 MB in use). Fixing the threshold keeps large blocks in their own mappings for the
// whole run. A no-op on other C libraries.
namespace AllocatorTuning {

// The threshold from which a block gets a mapping of its own.
constexpr int kMmapThresholdBytes = 128 * 1024;

// Call once, first thing in main(), before threads start. LOQUAT_DEFAULT_ALLOCATOR=1 leaves the
// allocator as it is (to compare).
void applyForLongRuns();

} // namespace AllocatorTuning
