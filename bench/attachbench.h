#pragma once

// attach_24mp_jpeg_ms: a 6000x4000 JPEG photo from "the user picked it" to "ready to send" (read,
// EXIF, decode, scale to 2048 px, re-encode, hash, store), on a worker thread as the app does it,
// timed on the calling thread from hand-off to result.
namespace AttachBench {
struct Result {
    double medianMs = -1; // -1: the result was wrong (not scaled, or run on the calling thread)
    double bestMs = -1;
    double medianCpuMs = -1; // the worker thread's own CPU time: what the figure is on an idle machine
    double sourceMegabytes = 0;
};
Result run(int repetitions);
} // namespace AttachBench
