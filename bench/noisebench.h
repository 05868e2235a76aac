#pragma once

// How steady the machine itself is: the same fixed piece of work (about 1 ms of CPU), timed in
// CPU time of the thread 3,000 times with short sleeps in between. On a dedicated machine the
// slowest run is close to the median; on a shared virtual machine other tenants' load makes
// some runs several times slower. The stall figures (the longest iteration of a run) are read
// against this: an iteration of 4 ms that the machine makes 4 times slower is over 16 ms.
namespace NoiseBench {

struct Result {
    double medianMs = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double maxOverMedian = 0;
    int over2xMedian = 0; // runs more than twice the median
    int over4xMedian = 0;
    int runs = 0;
};

Result run(int runs = 3000);

} // namespace NoiseBench
