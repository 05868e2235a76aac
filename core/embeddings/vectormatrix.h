#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

// Vectors as the rows of one contiguous row-major float matrix: the form the similarity kernel,
// PCA and the exports read. Cheap to build from the per-text vectors and safe to hand to a worker
// thread by value.
struct VectorMatrix {
    int rows = 0;
    int cols = 0;
    std::vector<float> values; // rows × cols

    const float *row(int r) const { return values.data() + qsizetype(r) * cols; }
    float *row(int r) { return values.data() + qsizetype(r) * cols; }
    float at(int r, int c) const { return values[size_t(qsizetype(r) * cols + c)]; }
    bool isEmpty() const { return rows == 0 || cols == 0; }

    // All vectors must have the same length (the first one's); false leaves the matrix empty.
    static bool fromRows(const QList<QList<float>> &vectors, VectorMatrix &out);
};

// A symmetric N×N matrix of similarities, stored whole so that a row can be read without
// index arithmetic (N = 2,000 takes 16 MB).
struct SimilarityMatrix {
    int size = 0;
    std::vector<float> values; // size × size

    float at(int i, int j) const { return values[size_t(qsizetype(i) * size + j)]; }
    const float *row(int i) const { return values.data() + qsizetype(i) * size; }
};
