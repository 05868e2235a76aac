// AllocatorTuning: after applyForLongRuns() a large block keeps getting a mapping of its own even
// after a larger one was freed (glibc's default raises the threshold then, and the soak benchmark's
// resident memory climbed with every 1 MB answer). The first test shows that default, so the
// second one would fail without the tuning.

#include "runtime/allocatortuning.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define LOQUAT_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOQUAT_OWN_ALLOCATOR 1
#endif
#endif

namespace {

#if defined(__GLIBC__)
// Where each block is kept while it is measured: the compiler may not drop an allocation that
// escapes.
char *volatile g_block = nullptr;

// Blocks with a mapping of their own right now.
size_t mappedBlocks()
{
    return mallinfo2().hblks;
}

// Whether a block of `bytes` made now gets its own mapping. The block is written to and freed.
// The heap's free top is handed back first, so that the block cannot simply reuse it.
bool isMapped(size_t bytes)
{
    malloc_trim(0);
    const size_t before = mappedBlocks();
    g_block = static_cast<char *>(std::malloc(bytes));
    std::memset(g_block, 1, bytes);
    const bool mapped = mappedBlocks() > before;
    std::free(g_block);
    g_block = nullptr;
    return mapped;
}

// Frees a mapped block of `bytes`: what makes glibc raise its threshold to that size.
void freeLargeBlock(size_t bytes)
{
    g_block = static_cast<char *>(std::malloc(bytes));
    std::memset(g_block, 1, bytes);
    std::free(g_block);
    g_block = nullptr;
}
#endif

constexpr size_t kAnswer = 1024 * 1024; // one long answer
constexpr size_t kLarge = size_t(AllocatorTuning::kMmapThresholdBytes) * 2;

} // namespace

class TestAllocatorTuning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(__GLIBC__)
        QSKIP("the tuning is for glibc's allocator");
#elif defined(LOQUAT_OWN_ALLOCATOR)
        QSKIP("AddressSanitizer replaces the allocator");
#endif
    }

    // Runs first, before the tuning: glibc's own behaviour, which the tuning is there to change.
    void untunedGlibcServesLargeBlocksFromTheHeapOnceABiggerOneWasFreed()
    {
#if defined(__GLIBC__)
        QVERIFY(isMapped(kAnswer)); // the default threshold is 128 KiB
        freeLargeBlock(kAnswer);
        QVERIFY(!isMapped(kLarge));
#endif
    }

    void tunedLargeBlocksKeepTheirOwnMapping()
    {
#if defined(__GLIBC__)
        AllocatorTuning::applyForLongRuns();
        freeLargeBlock(kAnswer);
        QVERIFY(isMapped(kLarge));
        freeLargeBlock(4 * kAnswer);
        QVERIFY(isMapped(kLarge));
        QVERIFY(isMapped(kAnswer));
        // Small blocks stay on the heap.
        QVERIFY(!isMapped(AllocatorTuning::kMmapThresholdBytes / 4));
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocatorTuning)
#include "tst_allocatortuning.moc"
