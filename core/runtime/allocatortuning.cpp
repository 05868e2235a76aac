#include "allocatortuning.h"

#include <QtGlobal>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void AllocatorTuning::applyForLongRuns()
{
    if (qEnvironmentVariableIntValue("LOQUAT_DEFAULT_ALLOCATOR") == 1)
        return;
#if defined(__GLIBC__)
    // Setting it at all also turns off glibc's dynamic raising of it (mallopt(3)).
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
#endif
}
