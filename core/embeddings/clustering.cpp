#include "clustering.h"

#include "similarity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace {

constexpr float kNoDistance = 2.0f; // a NaN similarity: as far as cosine distance goes

} // namespace

QList<int> Clustering::averageLinkageOrder(const SimilarityMatrix &similarity)
{
    const int n = similarity.size;
    QList<int> result;
    if (n == 0)
        return result;
    // Rows without a direction (zero or non-finite vectors: NaN even with themselves) are set aside.
    std::vector<int> members;
    QList<int> undirected;
    for (int i = 0; i < n; ++i) {
        if (std::isnan(similarity.at(i, i)))
            undirected.append(i);
        else
            members.push_back(i);
    }
    const int m = int(members.size());
    std::vector<float> distance(size_t(m) * size_t(m));
    for (int a = 0; a < m; ++a) {
        for (int b = 0; b < m; ++b) {
            const float s = similarity.at(members[size_t(a)], members[size_t(b)]);
            distance[size_t(a) * size_t(m) + size_t(b)] = std::isnan(s) ? kNoDistance : 1.0f - s;
        }
    }
    const auto d = [&](int a, int b) -> float & { return distance[size_t(a) * size_t(m) + size_t(b)]; };
    const auto original = [&](int a, int b) {
        return 1.0f - similarity.at(members[size_t(a)], members[size_t(b)]);
    };

    std::vector<int> size(size_t(m), 1);
    std::vector<bool> active(size_t(m), true);
    std::vector<std::vector<int>> leaves(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i)
        leaves[size_t(i)] = {i};
    std::vector<int> chain;
    int remaining = m;
    while (remaining > 1) {
        if (chain.empty()) {
            for (int i = 0; i < m; ++i) {
                if (active[size_t(i)]) {
                    chain.push_back(i);
                    break;
                }
            }
        }
        const int a = chain.back();
        const int previous = chain.size() >= 2 ? chain[chain.size() - 2] : -1;
        // The nearest active cluster; on a tie the previous link of the chain wins (that is what
        // makes the chain end in a reciprocal pair).
        int nearest = previous;
        float best = previous >= 0 ? d(a, previous) : std::numeric_limits<float>::infinity();
        for (int c = 0; c < m; ++c) {
            if (c == a || !active[size_t(c)])
                continue;
            if (d(a, c) < best) {
                best = d(a, c);
                nearest = c;
            }
        }
        if (nearest != previous) {
            chain.push_back(nearest);
            continue;
        }
        // a and previous are each other's nearest: merge into the lower slot.
        chain.pop_back();
        chain.pop_back();
        const int keep = std::min(a, previous), gone = std::max(a, previous);
        const int sizeKeep = size[size_t(keep)], sizeGone = size[size_t(gone)];
        for (int k = 0; k < m; ++k) {
            if (!active[size_t(k)] || k == keep || k == gone)
                continue;
            const float merged =
                (float(sizeKeep) * d(keep, k) + float(sizeGone) * d(gone, k)) / float(sizeKeep + sizeGone);
            d(keep, k) = merged;
            d(k, keep) = merged;
        }
        // Join the two leaf sequences with their nearest ends together.
        std::vector<int> &left = leaves[size_t(keep)];
        std::vector<int> &right = leaves[size_t(gone)];
        const float options[4] = {original(left.back(), right.front()), original(left.back(), right.back()),
                                  original(left.front(), right.front()),
                                  original(left.front(), right.back())};
        const int choice = int(std::min_element(options, options + 4) - options);
        if (choice == 1 || choice == 3)
            std::reverse(right.begin(), right.end());
        if (choice == 2 || choice == 3)
            std::reverse(left.begin(), left.end());
        left.insert(left.end(), right.begin(), right.end());
        right.clear();
        size[size_t(keep)] = sizeKeep + sizeGone;
        active[size_t(gone)] = false;
        --remaining;
    }
    for (int i = 0; i < m; ++i) {
        if (active[size_t(i)]) {
            for (int leaf : leaves[size_t(i)])
                result.append(members[size_t(leaf)]);
        }
    }
    result += undirected;
    return result;
}

QList<int> Clustering::orderBySimilarityTo(const SimilarityMatrix &similarity, int anchor)
{
    if (anchor < 0 || anchor >= similarity.size) {
        QList<int> identity(similarity.size);
        std::iota(identity.begin(), identity.end(), 0);
        return identity;
    }
    QList<float> scores(similarity.row(anchor), similarity.row(anchor) + similarity.size);
    scores[anchor] = std::numeric_limits<float>::infinity(); // the anchor leads
    return Similarity::rankDescending(scores);
}
